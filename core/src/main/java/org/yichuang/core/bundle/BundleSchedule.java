package org.yichuang.core.bundle;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.yichuang.core.calendar.Deadline;
import org.yichuang.core.calendar.DeadlineCalculator;
import org.yichuang.core.calendar.DeadlineInput;
import org.yichuang.core.catalog.BundleRunMode;
import org.yichuang.core.catalog.ServiceBundle;
import org.yichuang.core.catalog.TimeLimit;

/**
 * THE promised due dates of a bundle application (一件事): one per child case and one for the parent, from one start
 * (the receipt of the application). Client and server both call this.
 *
 * <ul>
 *   <li><b>Own limit</b> (the bundle's {@link ServiceBundle#promisedLimit()}, e.g. "2、5、6": 企业开办 0.5 working day,
 *       不动产 5 working days): every child starts at the start and is due when the bundle is due; the run mode only
 *       says in which order the back offices work inside that window. The limit binds every child and the parent.</li>
 *   <li><b>Parallel</b> (并联), no own limit: every child starts at the start and runs its item's promised limit;
 *       the parent is due when the last child is.</li>
 *   <li><b>Sequential</b> (串联), no own limit: the first child starts at the start; each next child starts when the
 *       previous one is due — on the previous due day, which (the start day not counting, 民法典 Art. 201) makes its
 *       first working day the one after; after an hour limit it starts at the previous due moment, so the rest of
 *       that office day counts. The parent is due when the last child is.</li>
 * </ul>
 */
public final class BundleSchedule {
    private BundleSchedule() {
    }

    /** One child's window: when its promised period starts and when it is due. */
    public record ChildPlan(LocalDateTime start, TimeLimit limit, Deadline due) {
    }

    /** The plan: children in member order and the parent's due date. */
    public record Plan(List<ChildPlan> children, Deadline parentDue) {
        /** Copies the list. */
        public Plan {
            children = List.copyOf(children);
        }
    }

    /**
     * Plans the application.
     *
     * @param memberLimits each member's promised limit (承诺办结时限), in {@link ServiceBundle#itemCodes()} order
     * @param start        the receipt of the application, in hall time
     */
    public static Plan plan(ServiceBundle bundle, List<TimeLimit> memberLimits, LocalDateTime start,
            DeadlineCalculator calculator) {
        Objects.requireNonNull(start, "start");
        if (memberLimits.isEmpty()) {
            throw new IllegalArgumentException("a bundle without members has no plan");
        }
        List<ChildPlan> children = new ArrayList<>(memberLimits.size());
        if (bundle.promisedLimit() != null) {
            Deadline due = calculator.compute(DeadlineInput.of(start, bundle.promisedLimit()));
            for (int k = 0; k < memberLimits.size(); k++) {
                children.add(new ChildPlan(start, bundle.promisedLimit(), due));
            }
            return new Plan(children, due);
        }
        LocalDateTime next = start;
        Deadline last = null;
        for (TimeLimit limit : memberLimits) {
            LocalDateTime childStart = bundle.runMode() == BundleRunMode.SEQUENTIAL ? next : start;
            Deadline due = calculator.compute(DeadlineInput.of(childStart, limit));
            children.add(new ChildPlan(childStart, limit, due));
            next = startAfter(due);
            if (last == null || due.dueAt().isAfter(last.dueAt())) {
                last = due;
            }
        }
        return new Plan(children, last);
    }

    /**
     * When the next member of a sequential bundle starts: at the previous due moment when it falls on the due day
     * (hour limits, a hall's cut-off), else at the last minute of the due day (24:00 is the next day's 00:00, which
     * would wrongly make the due day's successor the uncounted start day).
     */
    static LocalDateTime startAfter(Deadline due) {
        return due.dueAt().toLocalDate().equals(due.dueDate()) ? due.dueAt()
                : due.dueDate().atTime(LocalTime.of(23, 59));
    }
}
