package io.crmkit.scoring.predictive;

import java.util.List;
import java.util.Random;

/**
 * Leads drawn from a known logistic model, so tests can check that training recovers it:
 * {@code logit P(convert) = intercept + visits * (pages - 5) / 2 + tenure * months + channel effect}, with
 * {@code pages ~ N(5, 2)}, {@code months ~ N(0, 1)} and {@code channel} uniform over {@link #CHANNELS}.
 */
final class SyntheticLeads {

    static final List<String> CHANNELS = List.of("event", "referral", "web");

    private SyntheticLeads() {
    }

    /** {@code n} leads with coefficients {@code pages} (per page), {@code months} and channel effects (event, referral, web). */
    static Dataset generate(int n, long seed, double intercept, double pages, double months, double[] channelEffects) {
        Random random = new Random(seed);
        Dataset.Builder data = Dataset.builder("converted").numeric("pages").numeric("months").categorical("channel");
        for (int i = 0; i < n; i++) {
            double p = 5 + 2 * random.nextGaussian();
            double m = random.nextGaussian();
            int c = random.nextInt(CHANNELS.size());
            double eta = intercept + pages * p + months * m + channelEffects[c];
            boolean converted = random.nextDouble() < 1 / (1 + Math.exp(-eta));
            data.add(converted, p, m, CHANNELS.get(c));
        }
        return data.build();
    }

    private static final double[] STANDARD_CHANNELS = {0.8, 0.3, -0.4};

    /** A default population: about 30% convert; pages matter, months a little, events convert best. */
    static Dataset standard(int n, long seed) {
        return generate(n, seed, -3.0, 0.4, -0.5, STANDARD_CHANNELS);
    }

    /** The true conversion probability of a lead of the {@link #standard} population: the best any model can do. */
    static double standardProbability(Row lead) {
        double eta = -3.0 + 0.4 * lead.number("pages").orElseThrow() - 0.5 * lead.number("months").orElseThrow()
                + STANDARD_CHANNELS[CHANNELS.indexOf(lead.category("channel").orElseThrow())];
        return 1 / (1 + Math.exp(-eta));
    }
}
