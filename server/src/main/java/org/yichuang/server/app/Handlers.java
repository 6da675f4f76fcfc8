package org.yichuang.server.app;

import org.yichuang.server.account.SessionRoutes;
import org.yichuang.server.audit.AuditRoutes;
import org.yichuang.server.cases.CaseRoutes;
import org.yichuang.server.catalog.ItemRoutes;
import org.yichuang.server.counter.CounterRoutes;
import org.yichuang.server.health.HealthRoutes;
import org.yichuang.server.web.AuthHandler;
import org.yichuang.server.web.ErrorMapper;
import org.yichuang.server.web.RequestBodies;

/** The HTTP handler objects the route table points at. */
public record Handlers(HealthRoutes health, SessionRoutes sessions, CounterRoutes counters, ItemRoutes items,
        CaseRoutes cases, AuditRoutes audit, AuthHandler auth, ErrorMapper errors, RequestBodies bodies) {
}
