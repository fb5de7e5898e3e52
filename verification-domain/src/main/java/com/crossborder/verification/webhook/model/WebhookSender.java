package com.crossborder.verification.webhook.model;

import java.util.Map;

/** Sends one signed POST. */
public interface WebhookSender {

    /** The receiver's answer, or why there was none. */
    record Answer(Integer status, String error) {
        public boolean success() {
            return status != null && status >= 200 && status < 300;
        }
    }

    Answer post(String url, Map<String, String> headers, String body);
}
