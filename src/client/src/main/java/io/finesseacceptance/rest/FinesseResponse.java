package io.finesseacceptance.rest;

import io.finesseacceptance.finesse.ApiError;
import io.finesseacceptance.finesse.FinesseDocuments;
import io.finesseacceptance.finesse.XmlNode;
import java.util.List;

/** Status and body of one Finesse REST answer. */
public record FinesseResponse(int status, String body) {

    public boolean hasEmptyBody() {
        return body == null || body.isBlank();
    }

    /** The errors of an {@code ApiErrors} body; empty when the body is not one. */
    public List<ApiError> apiErrors() {
        if (hasEmptyBody()) {
            return List.of();
        }
        try {
            XmlNode root = XmlNode.parse(body);
            return root.is("ApiErrors") ? FinesseDocuments.apiErrors(root) : List.of();
        } catch (XmlNode.MalformedXmlException notXml) {
            return List.of();
        }
    }

    public String describe() {
        return "HTTP " + status + (hasEmptyBody() ? " with an empty body" : " with body: " + body);
    }
}
