package com.crossborder.verification.batch.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.api.partition.PartitionPlan;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdRangePartitionsTest {

    private static PartitionPlan plan(String partitions) {
        IdRangePartitions mapper = new IdRangePartitions();
        mapper.partitions = partitions;
        return mapper.mapPartitions();
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

    @ParameterizedTest
    @ValueSource(strings = {"1", "2", "3", "4", "7", "16"})
    void everyIdFallsInExactlyOnePartition(String partitions) {
        PartitionPlan plan = plan(partitions);
        assertEquals(Integer.parseInt(partitions), plan.getPartitions());
        String[] edges = {"00000000-0000-0000-0000-000000000001", "7fffffff-ffff-ffff-ffff-ffffffffffff",
            "80000000-0000-0000-0000-000000000000", "55555555-5555-5555-5555-555555555555", "ffffffff-ffff-ffff-ffff-ffffffffffff"};
        for (String id : edges) {
            assertTrue(owner(plan, id) >= 0, id);
        }
        int[] seen = new int[plan.getPartitions()];
        for (int i = 0; i < 20_000; i++) {
            seen[owner(plan, UUID.randomUUID().toString())]++;
        }
        for (int count : seen) {
            assertTrue(Math.abs(count - 20_000.0 / seen.length) < 20_000.0 / seen.length * 0.2, "even split: " + count);
        }
    }

    @Test
    void twoPartitionsSplitAtTheMiddleOfTheIdSpace() {
        Properties[] ranges = plan("2").getPartitionProperties();
        assertEquals("", ranges[0].getProperty("after"));
        assertEquals("7fffffff-ffff-ffff-ffff-ffffffffffff", ranges[0].getProperty("last"));
        assertEquals("7fffffff-ffff-ffff-ffff-ffffffffffff", ranges[1].getProperty("after"));
        assertEquals("", ranges[1].getProperty("last"));
    }

    @Test
    void fourByDefaultAndNoMoreThanSixteen() {
        assertEquals(4, plan(null).getPartitions());
        assertThrows(IllegalArgumentException.class, () -> plan("17"));
        assertThrows(IllegalArgumentException.class, () -> plan("0"));
    }
}
