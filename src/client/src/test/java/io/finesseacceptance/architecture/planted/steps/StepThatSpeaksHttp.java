package io.finesseacceptance.architecture.planted.steps;

import io.restassured.RestAssured;

/** Planted violation: a step that sends HTTP itself. */
public class StepThatSpeaksHttp {
    public int status() {
        return RestAssured.get("http://127.0.0.1:1/").statusCode();
    }
}
