package com.crossborder.verification.card.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The operator's card file as imported, the files received, and the check-code throttles. */
public interface CardRegistry {

    Optional<RegisteredCard> registered(String cardNumber);

    /** The registry entry, locked for an update (an import of the same card on another thread waits). */
    Optional<RegisteredCard> registeredLocked(String cardNumber);

    void add(RegisteredCard card);

    /** The registry status of each of the numbers that is registered. */
    Map<String, RegistryStatus> statuses(Collection<String> cardNumbers);

    void addFile(CardFile file, List<CardFileLine> lines);

    Optional<CardFile> file(UUID fileId);

    /** Removes a file and its lines (a file whose import could not start). */
    void removeFile(UUID fileId);

    /** Line numbers after {@code after}, in order, at most {@code size}. */
    List<Integer> lineNumbersAfter(UUID fileId, int after, int size);

    List<CardFileLine> lines(UUID fileId, List<Integer> lineNumbers);

    /** The throttle row, created if missing, locked for this transaction. */
    CardCheckThrottle throttleLockedOrNew(String key);
}
