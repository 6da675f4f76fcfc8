package org.yichuang.core.queue;

import java.time.LocalDate;
import java.time.Period;
import org.yichuang.core.identity.IdNumber;

/**
 * The age from which an applicant is served first (老年人优先; RULES.md §8.3), read from the birth date inside the
 * resident ID number — never typed by the clerk, so it cannot be argued at the counter.
 *
 * @param threshold age in full years; 60 by default (老年人权益保障法 Art. 2), 70 where local rules say so
 */
public record ElderlyPriority(int threshold) {
    /** The national definition of an elderly person. */
    public static final ElderlyPriority NATIONAL = new ElderlyPriority(60);
    /** The lowest threshold: below 60 nobody is elderly in law. */
    public static final int MIN_THRESHOLD = 60;
    /** The highest threshold a hall may configure. */
    public static final int MAX_THRESHOLD = 80;

    /** Returns the age in full years on {@code day}: a person born on 29 February turns a year older on 1 March. */
    public static int ageOn(IdNumber id, LocalDate day) {
        return Period.between(id.birthDate(), day).getYears();
    }

    /** Returns true when the holder of {@code id} has reached the threshold on {@code day}. */
    public boolean applies(IdNumber id, LocalDate day) {
        return ageOn(id, day) >= threshold;
    }

    /** Returns true when the threshold lies in the range a hall may configure. */
    public boolean valid() {
        return threshold >= MIN_THRESHOLD && threshold <= MAX_THRESHOLD;
    }
}
