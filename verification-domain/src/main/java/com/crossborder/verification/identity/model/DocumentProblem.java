package com.crossborder.verification.identity.model;

import com.crossborder.verification.shared.model.Reason;

/** One thing wrong with a document, on the request field it concerns. */
public record DocumentProblem(String field, Reason code) {}
