package io.crmkit.scoring.opportunity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class TimeOrderedSplitTest {

    private static List<ClosedOpportunity> shuffledDeals(int n) {
        List<ClosedOpportunity> deals = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            deals.add(ClosedOpportunity.won(String.format("D-%03d", i), Deals.DIRECT, "qualify", Deals.DAY.plusDays(i / 3)));
        }
        Collections.shuffle(deals, new Random(7));
        return deals;
    }

    @Test
    void trainsOnTheEarliestClosesAndTestsOnTheLatestWithoutLeakage() {
        TimeOrderedSplit split = TimeOrderedSplit.of(shuffledDeals(100), 0.8);

        assertEquals(80, split.training().size());
        assertEquals(20, split.test().size());
        for (ClosedOpportunity train : split.training()) {
            for (ClosedOpportunity test : split.test()) {
                assertTrue(!train.closedOn().isAfter(test.closedOn()), train + " closed after " + test);
            }
        }
        // deals 78..80 close on the same day (day 26): the boundary day falls on both sides, in id order
        assertEquals(LocalDate.of(2026, 3, 28), split.lastTrainingClose());
        assertEquals(split.lastTrainingClose(), split.firstTestClose());
        assertEquals("D-079", split.training().get(79).id());
        assertEquals("D-080", split.test().get(0).id());
    }

    @Test
    void isTheSameWhateverTheOrderOfTheInput() {
        List<ClosedOpportunity> deals = shuffledDeals(50);
        TimeOrderedSplit first = TimeOrderedSplit.of(deals, 0.7);
        Collections.reverse(deals);

        assertEquals(first, TimeOrderedSplit.of(deals, 0.7));
    }

    @Test
    void keepsAtLeastOneDealOnEachSide() {
        TimeOrderedSplit tiny = TimeOrderedSplit.of(shuffledDeals(2), 0.1);

        assertEquals(1, tiny.training().size());
        assertEquals(1, TimeOrderedSplit.of(shuffledDeals(2), 0.99).test().size());
        assertThrows(IllegalArgumentException.class, () -> TimeOrderedSplit.of(shuffledDeals(1), 0.5));
        assertThrows(IllegalArgumentException.class, () -> TimeOrderedSplit.of(shuffledDeals(10), 1.0));
        assertThrows(IllegalArgumentException.class, () -> TimeOrderedSplit.of(shuffledDeals(10), 0));
    }

    @Test
    void rejectsASplitThatTrainsOnALaterClose() {
        ClosedOpportunity early = ClosedOpportunity.won("E", Deals.DIRECT, "qualify", Deals.DAY);
        ClosedOpportunity late = ClosedOpportunity.lost("L", Deals.DIRECT, "qualify", Deals.DAY.plusDays(1));

        String message = assertThrows(IllegalArgumentException.class, () -> new TimeOrderedSplit(List.of(late), List.of(early)))
                .getMessage();
        assertTrue(message.contains("a training deal closed on 2026-03-03, after the first test deal closed on 2026-03-02"), message);
    }
}
