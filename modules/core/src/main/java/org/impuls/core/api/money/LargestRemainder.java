package org.impuls.core.api.money;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits whole cents in proportion to weights so that the parts add up exactly: each part gets the whole
 * cents of its exact share, and the cents left over go one each to the parts with the largest remainders
 * (on a tie, to the earlier part).
 */
final class LargestRemainder {

    private LargestRemainder() {}

    /** Parts of {@code amount} (at least 0) in proportion to the {@code weights} (at least 0, not all 0). */
    static List<Long> split(long amount, List<Long> weights) {
        BigInteger total = weights.stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
        if (amount < 0 || total.signum() <= 0 || weights.stream().anyMatch(weight -> weight < 0)) {
            throw new IllegalArgumentException("cannot split " + amount + " by " + weights);
        }
        List<Long> parts = new ArrayList<>();
        List<BigInteger> remainders = new ArrayList<>();
        long left = amount;
        for (long weight : weights) {
            BigInteger[] share = BigInteger.valueOf(amount)
                    .multiply(BigInteger.valueOf(weight))
                    .divideAndRemainder(total);
            parts.add(share[0].longValueExact());
            remainders.add(share[1]);
            left -= share[0].longValueExact();
        }
        // fewer cents are left than there are parts, since each part lost less than one
        List<Integer> byRemainder = IntStream.range(0, parts.size())
                .boxed()
                .sorted(Comparator.comparing(remainders::get, Comparator.reverseOrder()))
                .toList();
        for (int i = 0; i < left; i++) {
            int part = byRemainder.get(i);
            parts.set(part, parts.get(part) + 1);
        }
        return parts;
    }
}
