package org.yichuang.client.admin;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yichuang.client.admin.transfer.CatalogFileDialogs;
import org.yichuang.client.testing.FakeBackgroundTasks;
import org.yichuang.client.testing.FakeHallApi;
import org.yichuang.client.testing.ScriptedUserPrompts;
import org.yichuang.client.ui.Messages;
import org.yichuang.core.api.ServiceItemSummary;
import org.yichuang.core.api.SignInRequest;

/** What every catalog administration test needs: a fake hall signed in as administrator, prompts and files scripted. */
public final class AdminFixture {
    /** 2026-11-23 10:00 in the hall (Beijing time). */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    /** 公共场所卫生许可: statutory 20 working days in the demo catalog. */
    public static final String PUBLIC_PLACE = "公共场所卫生许可证核发";

    public final FakeHallApi api = new FakeHallApi(CLOCK);
    public final FakeBackgroundTasks tasks = new FakeBackgroundTasks();
    public final ScriptedUserPrompts prompts = new ScriptedUserPrompts();
    public final ScriptedFiles files = new ScriptedFiles();
    public final Messages messages;

    public AdminFixture() {
        this(Locale.SIMPLIFIED_CHINESE);
    }

    /** A fixture whose texts are in {@code locale} (English for the locale tests). */
    public AdminFixture(Locale locale) {
        messages = new Messages(locale);
        api.signIn(new SignInRequest(FakeHallApi.ADMIN, FakeHallApi.ADMIN_PASSWORD, null));
    }

    public CatalogAdminPresenter presenter() {
        return new CatalogAdminPresenter(api, tasks, messages, prompts, files, CLOCK);
    }

    /** Returns the implementation code of the demo item with that exact name. */
    public static String codeOf(String name) {
        return FakeHallApi.ITEMS.stream().filter(i -> i.name().equals(name)).findFirst()
                .map(ServiceItemSummary::implementationCode).orElseThrow(() -> new AssertionError("no item " + name));
    }

    /** File dialogs answering from a queue; an unexpected question fails the test. */
    public static final class ScriptedFiles implements CatalogFileDialogs {
        private final Deque<Path> answers = new ArrayDeque<>();
        public final List<String> suggestedNames = new ArrayList<>();

        public ScriptedFiles answer(Path path) {
            answers.addLast(path);
            return this;
        }

        private Optional<Path> next(String what) {
            if (answers.isEmpty()) {
                throw new AssertionError("unexpected file dialog: " + what);
            }
            return Optional.of(answers.removeFirst());
        }

        @Override
        public Optional<Path> chooseImport() {
            return next("import");
        }

        @Override
        public Optional<Path> chooseCalendarImport() {
            return next("calendar import");
        }

        @Override
        public Optional<Path> chooseExport(String suggestedName) {
            suggestedNames.add(suggestedName);
            return next("export " + suggestedName);
        }
    }
}
