package com.crossborder.verification.batch.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.crossborder.verification.shared.model.Ids;
import jakarta.batch.api.partition.PartitionPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdRangePartitionsTest {

    /** A time-ordered id made later than any in these tests (ids made in the same millisecond are not ordered). */
    private static final String LATER =
            new UUID((System.currentTimeMillis() + 60_000) << 16 | 0x7000, 0x8000_0000_0000_0000L).toString();

    /** The run ends the database's NTILE gives: the last id of each of {@code runs} near-equal runs of the sorted ids. */
    private static List<UUID> runEnds(List<String> sortedIds, int runs) {
        List<UUID> ends = new ArrayList<>();
        int size = sortedIds.size();
        int taken = 0;
        for (int k = 0; k < Math.min(runs, size); k++) {
            taken += size / runs + (k < size % runs ? 1 : 0);
            ends.add(UUID.fromString(sortedIds.get(taken - 1)));
        }
        return ends;
    }

    private static PartitionPlan plan(List<String> sortedIds, int partitions) {
        return IdRangePartitions.plan(PartitionBounds.of(runEnds(sortedIds, partitions), partitions));
    }

    /** The partition whose range (after, last] holds the id, compared as text the way the database compares them. */
    private static int owner(PartitionPlan plan, String id) {
        int found = -1;
        for (Properties range : plan.getPartitionProperties()) {
            String after = range.getProperty("after");
            String last = range.getProperty("last");
            if ((after.isEmpty() || id.compareTo(after) > 0) && (last.isEmpty() || id.compareTo(last) <= 0)) {
                assertEquals(-1, found, "in two partitions: " + id);
                found = Integer.parseInt(range.getProperty("partition"));
            }
        }
        return found;
    }

    private static List<String> timeOrderedIds(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> Ids.next().toString())
                .sorted()
                .toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 7, 16})
    void theSubmittedApplicationsAreSplitEvenlyAndEachFallsInExactlyOnePartition(int partitions) {
        List<String> submitted = timeOrderedIds(10_000);
        PartitionPlan plan = plan(submitted, partitions);
        assertEquals(partitions, plan.getPartitions());
        assertEquals(partitions, plan.getThreads());
        int[] seen = new int[partitions];
        submitted.forEach(id -> seen[owner(plan, id)]++);
        for (int count : seen) {
            assertTrue(Math.abs(count - 10_000 / partitions) <= 1, "even split: " + count);
        }
    }

    @Test
    void idsOutsideTheMeasuredOnesStillHaveAPartition() {
        PartitionPlan plan = plan(timeOrderedIds(1_000), 4);
        assertEquals(0, owner(plan, new UUID(0, 1).toString()));
        assertEquals(3, owner(plan, LATER), "submitted after the plan was made: the last partition");
        assertEquals(3, owner(plan, "ffffffff-ffff-ffff-ffff-ffffffffffff"));
        for (int i = 0; i < 1_000; i++) {
            assertTrue(owner(plan, UUID.randomUUID().toString()) >= 0, "an older, random id");
        }
    }

    @Test
    void fewerApplicationsThanPartitionsLeaveTheSparePartitionsEmpty() {
        List<String> submitted = timeOrderedIds(2);
        PartitionPlan plan = plan(submitted, 4);
        assertEquals(0, owner(plan, submitted.get(0)));
        assertEquals(1, owner(plan, submitted.get(1)));
        assertEquals(3, owner(plan, LATER));
    }

    @Test
    void withNothingSubmittedTheLastPartitionTakesEverything() {
        PartitionPlan plan = plan(List.of(), 3);
        assertEquals(2, owner(plan, LATER));
        assertEquals(2, owner(plan, UUID.randomUUID().toString()));
    }

    @Test
    void fourByDefaultAndNoMoreThanSixteen() {
        assertEquals(4, IdRangePartitions.count(null));
        assertEquals(16, IdRangePartitions.count("16"));
        assertThrows(IllegalArgumentException.class, () -> IdRangePartitions.count("17"));
        assertThrows(IllegalArgumentException.class, () -> IdRangePartitions.count("0"));
    }
}
