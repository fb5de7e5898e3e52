package com.crossborder.verification.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InListsTest {

    @Test
    void aChunkLargerThanAThousandIsQueriedInSlicesThatKeepEveryValueInOrder() {
        List<Integer> values = IntStream.range(0, 2_500).boxed().toList();
        List<List<Integer>> slices = InLists.slices(values);
        assertEquals(List.of(1_000, 1_000, 500), slices.stream().map(List::size).toList());
        assertEquals(values, slices.stream().flatMap(List::stream).toList());
        assertEquals(List.of(), InLists.slices(List.of()));
        assertEquals(
                1, InLists.slices(IntStream.range(0, 1_000).boxed().toList()).size());
    }
}
