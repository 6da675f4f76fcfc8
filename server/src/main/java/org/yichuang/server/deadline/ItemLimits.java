package org.yichuang.server.deadline;

import org.yichuang.core.catalog.TimeLimit;

/** The limits of one item version (法定/承诺办结时限); either may be null. */
record ItemLimits(TimeLimit statutory, TimeLimit promised) {
}
