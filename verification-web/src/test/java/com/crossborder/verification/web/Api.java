package com.crossborder.verification.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small HTTP client for the tests: talks to the deployed WAR as any outside client would. */
public final class Api {

    /** An answer: status, headers and body, with the body parsed as JSON where it is JSON. */
    public record Answer(int status, String contentType, String body, HttpResponse<String> raw) {

        public JsonObject json() {
            JsonStructure parsed = Json.createReader(new StringReader(body)).read();
            return (JsonObject) parsed;
        }

        public JsonValue jsonValue() {
            return Json.createReader(new StringReader(body)).readValue();
        }

        public Answer expect(int expected) {
            assertEquals(expected, status, () -> "unexpected status; body: " + body);
            return this;
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI base;
    private final URI server;

    public Api(URL deployment) {
        String url = deployment.toString();
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.server = base.resolve("/");
    }

    public Answer get(String path, String token) {
        return send("GET", path, null, null, token, Map.of());
    }

    public Answer post(String path, String json, String token) {
        return send("POST", path, json, "application/json", token, Map.of());
    }

    public Answer send(
            String method, String path, String body, String contentType, String token, Map<String, String> headers) {
        URI uri = path.startsWith("/") ? server.resolve(path.substring(1)) : base.resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (contentType != null) {
            all.put("Content-Type", contentType);
        }
        if (token != null) {
            all.put("Authorization", "Bearer " + token);
        }
        all.forEach(request::header);
        request.method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Logs in and returns the access token. */
    public String login(String username, String password) {
        return post(
                        "api/v1/auth/token",
                        Json.createObjectBuilder()
                                .add("username", username)
                                .add("password", password)
                                .build()
                                .toString(),
                        null)
                .expect(200)
                .json()
                .getString("accessToken");
    }

    /** The administrator's token, with the initial password the build configures. */
    public String adminToken() {
        return login("admin", System.getProperty("verification.admin.password"));
    }
}
