package com.crossborder.verification.identity.model;

import com.crossborder.verification.shared.model.ReasonCode;

/** One thing wrong with a document, on the request field it concerns. */
public record DocumentProblem(String field, ReasonCode code) {
}
