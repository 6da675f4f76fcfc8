package org.yichuang.server.live;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Events read after an id by one statement, with the bounds of that statement's snapshot: the rows and the bounds
 * agree, which is what {@link OrderedEventStream} needs to tell a gap that may still fill from one that never will.
 *
 * @param xmin every transaction below it had ended when the rows were read
 * @param xmax every transaction that had not ended then is below it
 * @param <E>  a row of the table
 */
public record EventBatch<E>(long xmin, long xmax, List<E> events) {

    /**
     * Collects the rows of an {@code after} statement that returns its snapshot's bounds on every row and, left
     * joined, the events (one row with no event when there is none).
     *
     * @param event the row's event, or null on the row that only carries the bounds
     */
    public static <R, E> EventBatch<E> of(List<R> rows, ToLongFunction<R> xmin, ToLongFunction<R> xmax,
            Function<R, E> event) {
        if (rows.isEmpty()) {
            throw new IllegalStateException("the after statement returned no snapshot row");
        }
        List<E> events = new ArrayList<>(rows.size());
        for (R r : rows) {
            E e = event.apply(r);
            if (e != null) {
                events.add(e);
            }
        }
        R first = rows.get(0);
        return new EventBatch<>(xmin.applyAsLong(first), xmax.applyAsLong(first), events);
    }
}
