package org.yichuang.client.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.yichuang.client.ui.UserPrompts;

/** {@link UserPrompts} that answers from a script and records every message; unscripted questions fail. */
public final class ScriptedUserPrompts implements UserPrompts {
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final List<String> informations = new CopyOnWriteArrayList<>();
    private static final Object CANCEL = new Object();
    private final Deque<Object> answers = new ArrayDeque<>();
    private final List<String> questions = new CopyOnWriteArrayList<>();
    private final List<List<String>> choiceLists = new CopyOnWriteArrayList<>();

    /** Queues the answer to the next confirm/chooseFile/choose; null cancels a file or choice dialog. */
    public ScriptedUserPrompts answer(Object answer) {
        answers.addLast(answer == null ? CANCEL : answer);
        return this;
    }

    /** Returns the warnings shown, in order. */
    public List<String> warnings() {
        return warnings;
    }

    /** Returns the informational messages shown, in order. */
    public List<String> informations() {
        return informations;
    }

    /** Returns the questions asked with confirm, in order. */
    public List<String> questions() {
        return questions;
    }

    /** Returns the choices offered by each choose, in order. */
    public List<List<String>> choiceLists() {
        return choiceLists;
    }

    private Object next(String what) {
        if (answers.isEmpty()) {
            throw new AssertionError("unexpected prompt: " + what);
        }
        Object answer = answers.removeFirst();
        return answer == CANCEL ? null : answer;
    }

    @Override
    public boolean confirm(String title, String message) {
        questions.add(message);
        return (Boolean) next("confirm " + message);
    }

    @Override
    public void inform(String title, String message) {
        informations.add(message);
    }

    @Override
    public void warn(String title, String message) {
        warnings.add(message);
    }

    @Override
    public Optional<Path> chooseFile(String title, String suggestedName, String extension) {
        return Optional.ofNullable((Path) next("chooseFile " + title));
    }

    @Override
    public Optional<String> choose(String title, String message, List<String> choices, String initial) {
        choiceLists.add(List.copyOf(choices));
        return Optional.ofNullable((String) next("choose " + choices));
    }
}
