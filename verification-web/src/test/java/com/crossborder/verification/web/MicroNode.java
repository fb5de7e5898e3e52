package com.crossborder.verification.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Payara Micro process started by a test as an operator starts one: the built WAR at {@code /}, the PostgreSQL
 * driver added to the server ({@code --addlibs}) and post-boot commands, by default the shipped
 * {@code post-boot-commands.asadmin}, so that the batch job repository lands where the configuration keys say. Configuration goes in as environment variables (the
 * operator's keys); the node can be killed with SIGKILL ({@link #kill()}) and started again, each start writing its
 * own log in the node's directory.
 */
final class MicroNode implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String name;
    private final Path dir;
    private final int port = freePort();
    private final Map<String, String> environment;
    private final Path postBootCommands;
    private final List<Path> logs = new ArrayList<>();
    private Process process;

    /** A node with the shipped post-boot commands. */
    MicroNode(String name, Path dir, Map<String, String> environment) {
        this(name, dir, environment, Path.of(System.getProperty("payara.postBootCommands")));
    }

    MicroNode(String name, Path dir, Map<String, String> environment, Path postBootCommands) {
        this.name = name;
        this.dir = dir;
        this.environment = new LinkedHashMap<>(environment);
        this.postBootCommands = postBootCommands;
    }

    /** A fresh directory under {@code verification-web/target} for a test's nodes. */
    static Path createDir(String prefix) {
        try {
            Path target =
                    Path.of(System.getProperty("verification.it.data-dir")).getParent();
            return Files.createTempDirectory(target, prefix);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    URL url() {
        try {
            return URI.create("http://127.0.0.1:" + port + "/").toURL();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String name() {
        return name;
    }

    /** Starts the process and returns at once; {@link #awaitReady()} waits for it (so that two nodes start together). */
    MicroNode launch() throws IOException {
        Path log = dir.resolve(name + "-" + (logs.size() + 1) + ".log");
        logs.add(log);
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx768m",
                        "-jar",
                        System.getProperty("payara.microJar"),
                        "--deploy",
                        System.getProperty("verification.war"),
                        "--contextroot",
                        "/",
                        "--port",
                        Integer.toString(port),
                        "--nocluster",
                        "--addlibs",
                        System.getProperty("payara.postgresqlJar"),
                        "--postbootcommandfile",
                        postBootCommands.toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.putAll(environment);
        env.remove("JAVA_TOOL_OPTIONS");
        process = builder.start();
        return this;
    }

    /** Waits until {@code /health/ready} answers 200; fails when the process ends first or after ten minutes. */
    MicroNode awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(600);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("node " + name + " exited: " + logTail());
            }
            try {
                HttpResponse<String> ready = HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("node " + name + " not ready: " + logTail());
    }

    MicroNode start() throws IOException, InterruptedException {
        return launch().awaitReady();
    }

    /** SIGKILL, as an OOM kill or a lost VM: nothing of the server runs after it. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (alive()) {
            process.destroy();
            process.waitFor();
        }
    }

    /** The last lines of every log this node wrote, for a failure's message. */
    String logTail() {
        StringBuilder tail = new StringBuilder();
        for (Path log : logs) {
            try {
                if (Files.exists(log)) {
                    List<String> lines = Files.readAllLines(log);
                    tail.append("\n--- ")
                            .append(log.getFileName())
                            .append(" ---\n")
                            .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size())));
                }
            } catch (IOException unreadable) {
                tail.append(unreadable);
            }
        }
        return tail.toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
