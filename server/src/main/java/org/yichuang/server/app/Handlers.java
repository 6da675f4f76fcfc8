package org.yichuang.server.app;

import org.yichuang.server.account.SessionRoutes;
import org.yichuang.server.applicant.ApplicantRoutes;
import org.yichuang.server.audit.AuditRoutes;
import org.yichuang.server.calendar.CalendarRoutes;
import org.yichuang.server.cases.CaseRoutes;
import org.yichuang.server.cases.bundle.BundleCaseRoutes;
import org.yichuang.server.cases.lifecycle.LifecycleRoutes;
import org.yichuang.server.documents.DocumentRoutes;
import org.yichuang.server.catalog.BundleRoutes;
import org.yichuang.server.catalog.CatalogFileRoutes;
import org.yichuang.server.guide.GuideRoutes;
import org.yichuang.server.catalog.ItemRoutes;
import org.yichuang.server.counter.CounterRoutes;
import org.yichuang.server.hall.HallRoutes;
import org.yichuang.server.supervision.SupervisionRoutes;
import org.yichuang.server.health.HealthRoutes;
import org.yichuang.server.identity.IdentityReadRoutes;
import org.yichuang.server.queue.QueueRoutes;
import org.yichuang.server.queue.kiosk.PublicPages;
import org.yichuang.server.queue.kiosk.PublicQueueRoutes;
import org.yichuang.server.queue.board.BoardRoutes;
import org.yichuang.server.queue.live.QueueStream;
import org.yichuang.server.queue.figures.QueueFiguresRoutes;
import org.yichuang.server.auth.AuthHandler;
import org.yichuang.server.web.ErrorMapper;
import org.yichuang.server.web.RequestBodies;

/** The HTTP handler objects the route table points at. */
public record Handlers(HealthRoutes health, SessionRoutes sessions, HallRoutes hall, CounterRoutes counters,
        ItemRoutes items, BundleRoutes bundles, CatalogFileRoutes catalogFiles, GuideRoutes guide, CaseRoutes cases,
        LifecycleRoutes lifecycle, AuditRoutes audit, CalendarRoutes calendar, SupervisionRoutes supervision,
        AuthHandler auth, ErrorMapper errors, RequestBodies bodies, IdentityReadRoutes identityReads,
        QueueRoutes queue,
        // issue 10: applicants
        ApplicantRoutes applicants,
        // issue 10: case documents
        DocumentRoutes documents,
        // issue 10: bundles (一件事)
        BundleCaseRoutes bundleCases,
        // issue 12: live stream and display board
        QueueStream queueStream, BoardRoutes board,
        // issue 12: kiosk and bookings
        PublicQueueRoutes publicQueue, PublicPages publicPages,
        // issue 12: queue figures
        QueueFiguresRoutes queueFigures,

        // issue 10: supplements and status
        org.yichuang.server.cases.status.StatusRoutes status,
        // issue 10: hall settings
        org.yichuang.server.hall.HallSettingsRoutes hallSettings) {
}
