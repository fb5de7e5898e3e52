package com.crossborder.verification.web.api;

import com.crossborder.verification.shared.model.Reason;
import com.crossborder.verification.shared.model.Rejection.FieldProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures on a request: 422 with one entry per field (request DTOs check shape only). */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<FieldProblem> errors = exception.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(field(violation), code(violation)))
                .distinct()
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        return ProblemResponses.build(new Problem(422, Reason.VALIDATION_FAILED, errors, null), headers)
                .build();
    }

    /** The JSON name of the offending field; the whole body when the body itself is missing. */
    private static String field(ConstraintViolation<?> violation) {
        String field = "body";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY) {
                field = node.getName();
            } else if (node.getKind() == ElementKind.PARAMETER) {
                field = "body";
            }
        }
        return field;
    }

    private static Reason code(ConstraintViolation<?> violation) {
        Class<? extends Annotation> constraint =
                violation.getConstraintDescriptor().getAnnotation().annotationType();
        if (constraint == NotNull.class || constraint == NotBlank.class || constraint == NotEmpty.class) {
            return Reason.FIELD_REQUIRED;
        }
        if (constraint == Size.class || constraint == Min.class || constraint == Max.class) {
            return Reason.FIELD_OUT_OF_RANGE;
        }
        if (constraint == Pattern.class) {
            return Reason.FIELD_INVALID_FORMAT;
        }
        return Reason.FIELD_INVALID;
    }
}
