package com.crossborder.verification.web.card;

import com.crossborder.verification.batch.job.JobControl;
import com.crossborder.verification.batch.job.NightlyJob;
import com.crossborder.verification.card.usecase.CardRegistryImports;
import com.crossborder.verification.shared.model.Actor;
import com.crossborder.verification.shared.model.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The directory the card operator drops its card files into ({@code verification.card-registry.inbox}): each night
 * (and when an admin starts {@code card-registry-import} by hand) every {@code *.csv} there is stored, moved aside into
 * {@code processed/} (or {@code rejected/} when its header is wrong) and imported in one run, oldest name first.
 */
@ApplicationScoped
public class CardFileInbox {

    private static final Logger LOG = Logger.getLogger(CardFileInbox.class.getName());

    @Inject
    @ConfigProperty(name = "verification.card-registry.inbox")
    Optional<String> inbox;

    @Inject
    CardRegistryImports imports;

    @Inject
    JobControl jobs;

    /** Stores the waiting files and starts the import of them; the run's id. */
    public synchronized long importWaiting(Actor actor) {
        Map<UUID, Path[]> taken = new HashMap<>();
        List<UUID> order = new ArrayList<>();
        for (Path file : waiting()) {
            String name = file.getFileName().toString();
            try {
                CardRegistryImports.Received received =
                        imports.receive(Files.readString(file, StandardCharsets.UTF_8), "inbox:" + name, actor);
                Path moved = moveInto(file, "processed");
                taken.put(received.fileId(), new Path[] {file, moved});
                order.add(received.fileId());
            } catch (Rejection badFile) {
                LOG.warning(() -> "Card file " + name + " refused (" + badFile.code() + "); moved to rejected/");
                moveInto(file, "rejected");
            } catch (IOException unreadable) {
                LOG.warning(() -> "Card file " + name + " could not be read: " + unreadable.getMessage());
            }
        }
        try {
            return jobs.start(
                    NightlyJob.CARD_REGISTRY_IMPORT.jobName(),
                    actor,
                    order.isEmpty()
                            ? Map.of()
                            : Map.of("files", order.stream().map(UUID::toString).collect(Collectors.joining(","))));
        } catch (RuntimeException notStarted) {
            // Put everything back as it was: the files wait for the next run.
            taken.forEach((id, paths) -> {
                imports.discard(id);
                move(paths[1], paths[0]);
            });
            throw notStarted;
        }
    }

    private List<Path> waiting() {
        if (inbox.isEmpty() || inbox.get().isBlank()) {
            return List.of();
        }
        Path directory = Path.of(inbox.get());
        if (!Files.isDirectory(directory)) {
            LOG.warning(() -> "The card file inbox " + directory + " is not a directory");
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().toLowerCase().endsWith(".csv"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path moveInto(Path file, String subdirectory) {
        Path target = file.resolveSibling(subdirectory)
                .resolve(Instant.now().toString().replace(":", "") + "-" + file.getFileName());
        move(file, target);
        return target;
    }

    private static void move(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the card file " + from.getFileName(), e);
        }
    }
}
