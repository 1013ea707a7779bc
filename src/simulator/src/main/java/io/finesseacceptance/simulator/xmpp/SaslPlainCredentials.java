package io.finesseacceptance.simulator.xmpp;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The decoded SASL PLAIN message {@code authzid NUL authcid NUL password} (RFC 4616). */
record SaslPlainCredentials(String authzid, String username, String password) {

    /** Empty when the payload is not valid base64 or not three NUL-separated fields. */
    static Optional<SaslPlainCredentials> decode(String base64) {
        String trimmed = base64.strip();
        if (trimmed.isEmpty() || trimmed.equals("=")) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(trimmed);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String message = new String(bytes, StandardCharsets.UTF_8);
        String[] fields = message.split("\0", -1);
        if (fields.length != 3 || fields[1].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SaslPlainCredentials(fields[0], fields[1], fields[2]));
    }

    @Override
    public String toString() {
        return "SaslPlainCredentials[username=" + username + "]";
    }
}
