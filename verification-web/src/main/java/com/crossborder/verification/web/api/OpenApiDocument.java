package com.crossborder.verification.web.api;

import com.crossborder.verification.application.model.ConsentText;
import com.crossborder.verification.batch.job.JobControl.ExecutionView;
import com.crossborder.verification.outlet.usecase.OutletOffice.DailyReport;
import com.crossborder.verification.outlet.usecase.OutletOffice.LetterCheck;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completes the document that {@code GET /openapi} serves from the resources' annotations
 * ({@code mp.openapi.filter}), so that each resource method states only what is its own (summary, tag, success
 * schema, the error codes it adds) and the rest is said once, here:
 *
 * <ul>
 *   <li>the {@code Problem} schema of every error answer, and problem+json content on every 4xx/5xx response;
 *   <li>the errors that follow from the operation's shape: 401/403 when it needs a bearer token, 400/415/422 when it
 *       takes a JSON body, 415 for any body, 404 for a path parameter, 422 for query parameters; 429 and 503 carry
 *       {@code Retry-After};
 *   <li>a response generated without a status ({@code default}) becomes 200 (204 without a body);
 *   <li>raw bodies (images, PDF, CSV) are binary strings; operation ids are unique (a repeated one is prefixed with
 *       its tag, then also with its path's last word);
 *   <li>a schema given as {@code @Schema(implementation = X.class)} comes out inline with every unset attribute as
 *       false or 0 (even {@code maxProperties: 0}): those are dropped (resources refer to components by name,
 *       {@code @Schema(ref = "X")}, instead);
 *   <li>a tag named on a resource class and described on {@link RestApplication} is listed once;
 *   <li>records of the other modules that resources answer with (the server describes only this module's classes)
 *       become components of their own name, from their record components.
 * </ul>
 *
 * A status a method declares itself (with its own description of the codes) is kept; only missing ones are added.
 */
public class OpenApiDocument implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    private static final Set<String> JSON = Set.of("application/json", "application/problem+json");

    /** Answers whose types live in the domain or batch modules; refer to them with {@code @Schema(ref = "Name")}. */
    private static final List<Class<? extends Record>> OTHER_MODULES =
            List.of(ConsentText.class, LetterCheck.class, DailyReport.class, ExecutionView.class);

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents().addSchema("FieldProblem", fieldProblem());
        api.getComponents().addSchema(PROBLEM, problem());
        OTHER_MODULES.forEach(type -> describe(type, api));
        tagsOnce(api);
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        if (api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(OpenApiDocument::tidy);
        }
        api.getPaths().getPathItems().forEach((path, item) -> {
            for (Operation operation : item.getOperations().values()) {
                complete(operation, item, path);
                operation.getResponses().getAPIResponses().values().forEach(response -> {
                    if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
                        response.getContent().getMediaTypes().values().forEach(media -> tidy(media.getSchema()));
                    }
                });
            }
        });
        uniqueOperationIds(api);
    }

    /** The tags in the order {@link RestApplication} describes them, each once, with its description. */
    private static void tagsOnce(OpenAPI api) {
        if (api.getTags() == null) {
            return;
        }
        Map<String, Tag> tags = new LinkedHashMap<>();
        api.getTags().stream()
                .filter(tag -> tag.getDescription() != null)
                .forEach(tag -> tags.putIfAbsent(tag.getName(), tag));
        api.getTags().forEach(tag -> tags.putIfAbsent(tag.getName(), tag));
        api.setTags(new ArrayList<>(tags.values()));
    }

    private static void uniqueOperationIds(OpenAPI api) {
        Map<String, Integer> ids = new HashMap<>();
        forEachOperation(api, operation -> {
            if (operation.getOperationId() != null) {
                ids.merge(operation.getOperationId(), 1, Integer::sum);
            }
        });
        Map<String, Integer> renamed = new HashMap<>();
        api.getPaths().getPathItems().forEach((path, item) -> {
            for (Operation operation : item.getOperations().values()) {
                String id = operation.getOperationId();
                if (id != null && ids.getOrDefault(id, 0) > 1) {
                    String tag =
                            operation.getTags() == null || operation.getTags().isEmpty()
                                    ? ""
                                    : camel(operation.getTags().get(0));
                    operation.setOperationId(tag + capitalised(id));
                    renamed.merge(operation.getOperationId(), 1, Integer::sum);
                }
            }
        });
        api.getPaths().getPathItems().forEach((path, item) -> {
            for (Operation operation : item.getOperations().values()) {
                String id = operation.getOperationId();
                if (id != null && renamed.getOrDefault(id, 0) > 1) {
                    String word = List.of(path.split("/")).stream()
                            .filter(part -> !part.isEmpty() && !part.startsWith("{"))
                            .reduce((first, second) -> second)
                            .orElse("");
                    operation.setOperationId(camel(word) + capitalised(id));
                }
            }
        });
    }

    /** Drops the false and 0 attributes an implementation schema is filled with. */
    private static void tidy(Schema schema) {
        if (schema == null || schema.getRef() != null) {
            return;
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        tidy(schema.getItems());
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(OpenApiDocument::tidy);
        }
    }

    private static void forEachOperation(OpenAPI api, Consumer<Operation> action) {
        api.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(action));
    }

    private static void complete(Operation operation, PathItem item, String path) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        APIResponse generated = responses.getDefaultValue();
        if (generated != null) {
            responses.removeAPIResponse(APIResponses.DEFAULT);
            boolean body = generated.getContent() != null
                    && !generated.getContent().getMediaTypes().isEmpty();
            generated.setDescription(body ? "OK" : "No content");
            if (!responses.hasAPIResponse(body ? "200" : "204")) {
                responses.addAPIResponse(body ? "200" : "204", generated);
            }
        }
        binary(
                operation.getRequestBody() == null
                        ? null
                        : operation.getRequestBody().getContent());
        responses.getAPIResponses().values().forEach(response -> binary(response.getContent()));

        Content requestBody = operation.getRequestBody() == null
                ? null
                : operation.getRequestBody().getContent();
        boolean jsonBody = requestBody != null && requestBody.hasMediaType("application/json");
        if (jsonBody) {
            add(responses, "400", "MALFORMED_JSON: the body is not the JSON object expected");
            add(
                    responses,
                    "422",
                    "VALIDATION_FAILED with one entry per field in errors, or the code of the rule that refused");
        }
        if (requestBody != null) {
            add(responses, "415", "UNSUPPORTED_MEDIA_TYPE");
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            add(responses, "401", "UNAUTHORIZED: no bearer token, or one expired or revoked");
            add(responses, "403", "FORBIDDEN: the caller's role may not do this");
        }
        if (parameters(operation, item, "path") || path.contains("{")) {
            add(responses, "404", "NOT_FOUND, or a more precise code; also for what exists but is not the caller's");
        }
        if (parameters(operation, item, "query")) {
            add(responses, "422", "INVALID_QUERY_PARAMETER or PAGE_OUT_OF_RANGE");
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                if (response.getContent() == null
                        || response.getContent().getMediaTypes().isEmpty()) {
                    response.setContent(problemContent());
                }
                if ((status.equals("429") || status.equals("503"))
                        && (response.getHeaders() == null
                                || !response.getHeaders().containsKey("Retry-After"))) {
                    response.addHeader("Retry-After", retryAfter());
                }
            }
        });
    }

    private static boolean parameters(Operation operation, PathItem item, String in) {
        return Stream.of(operation.getParameters(), item.getParameters())
                .filter(list -> list != null)
                .flatMap(List::stream)
                .map(Parameter::getIn)
                .anyMatch(where -> where != null && where.toString().equalsIgnoreCase(in));
    }

    private static void add(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    /** Images, PDFs and CSV files travel as they are: a binary string, not the "object" inferred from a stream. */
    private static void binary(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((type, media) -> {
            if (!JSON.contains(type) && !type.startsWith("text/plain")) {
                media.setSchema(
                        OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary"));
            }
        });
    }

    private static Content problemContent() {
        MediaType media =
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
    }

    private static Header retryAfter() {
        return OASFactory.createHeader()
                .description("Seconds to wait before trying again")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
    }

    private static Schema fieldProblem() {
        return OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .description("What is wrong with one field")
                .addProperty("field", string("The field's name in the request, e.g. expiryDate"))
                .addProperty("code", string("A stable UPPER_SNAKE reason code"))
                .addProperty("message", string("For people, in the language asked for"))
                .required(List.of("field", "code", "message"));
    }

    /** The shape {@link Problem#toJson} writes. */
    private static Schema problem() {
        return OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .description("Every error answer (application/problem+json, RFC 9457). Switch on code; detail and"
                        + " messages are for people (simplified Chinese by default, zh-Hant or English with"
                        + " Accept-Language). Never a stack trace or a full document number.")
                .addProperty("type", string("urn:crossborder-verification:problem:<code>"))
                .addProperty("title", string("The status in words"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.INTEGER)
                                .format("int32")
                                .description("The HTTP status"))
                .addProperty(
                        "code",
                        string("A stable UPPER_SNAKE reason code (README, Reason codes)")
                                .example("DOCUMENT_EXPIRED"))
                .addProperty("detail", string("What went wrong, for people"))
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.ARRAY)
                                .description("One entry per field at fault, when the request had such fields")
                                .items(OASFactory.createSchema().ref("#/components/schemas/FieldProblem")))
                .addProperty("errorId", string("Given with a 500: quote it to the operator, who finds it in the log"))
                .required(List.of("type", "title", "status", "code", "detail"));
    }

    /** A record as a component of its simple name: its components as properties, nested records in turn. */
    private static Schema describe(Class<?> record, OpenAPI api) {
        String name = record.getSimpleName();
        Map<String, Schema> known = api.getComponents().getSchemas();
        if (known == null || !known.containsKey(name)) {
            Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
            api.getComponents().addSchema(name, schema);
            for (RecordComponent component : record.getRecordComponents()) {
                schema.addProperty(component.getName(), schemaOf(component.getGenericType(), api));
            }
        }
        return OASFactory.createSchema().ref("#/components/schemas/" + name);
    }

    private static Schema schemaOf(Type type, OpenAPI api) {
        if (type instanceof ParameterizedType generic) {
            Type[] arguments = generic.getActualTypeArguments();
            if (generic.getRawType() instanceof Class<?> raw && Map.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema()
                        .type(Schema.SchemaType.OBJECT)
                        .additionalPropertiesSchema(schemaOf(arguments[1], api));
            }
            return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(schemaOf(arguments[0], api));
        }
        Class<?> raw = type instanceof Class<?> plain ? plain : Object.class;
        if (raw.isRecord()) {
            return describe(raw, api);
        }
        if (raw == Instant.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date-time");
        }
        if (raw == LocalDate.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date");
        }
        if (raw == int.class || raw == Integer.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32");
        }
        if (raw == long.class || raw == Long.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64");
        }
        if (raw == double.class || raw == Double.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.NUMBER).format("double");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
        }
        if (raw == String.class || raw.isEnum() || raw == UUID.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING);
        }
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
    }

    private static String camel(String tag) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : tag.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = out.length() > 0;
            }
        }
        return out.toString();
    }

    private static String capitalised(String id) {
        return id.isEmpty() ? id : Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }
}
