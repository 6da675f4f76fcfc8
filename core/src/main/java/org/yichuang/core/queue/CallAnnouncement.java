package org.yichuang.core.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a display board says when a ticket is called: the text ({@code 请A012号到3号窗口办理}) for speech synthesis and
 * the screen, and the same sentence as pre-recorded segments in order, for boards whose browser has no Mandarin voice —
 * so that no board stays silent (issue 12).
 *
 * <p>The ticket's digits are read one by one (A零一二号), as halls announce them; a counter number up to 99 is read as
 * a number (十二号窗口), anything else character by character.
 *
 * @param text     the sentence
 * @param segments the audio segment keys in speaking order: {@code qing}, {@code letter-a}…{@code letter-z},
 *                 {@code digit-0}…{@code digit-9}, {@code shi}, {@code hao}, {@code dao}, {@code chuangkou-banli}
 */
public record CallAnnouncement(String text, List<String> segments) {
    /** Copies the list. */
    public CallAnnouncement {
        segments = List.copyOf(segments);
    }

    /** Every segment key a board may need, for the server to ship and a test to check. */
    public static List<String> allSegments() {
        List<String> all = new ArrayList<>(List.of("qing", "shi", "hao", "dao", "chuangkou-banli"));
        for (char c = 'a'; c <= 'z'; c++) {
            all.add("letter-" + c);
        }
        for (char c = '0'; c <= '9'; c++) {
            all.add("digit-" + c);
        }
        return List.copyOf(all);
    }

    /** Returns the announcement calling {@code ticket} to counter {@code counterNo}. */
    public static CallAnnouncement of(TicketNumber ticket, String counterNo) {
        String counter = counterNo.strip();
        List<String> segments = new ArrayList<>();
        segments.add("qing");
        spellCharacters(ticket.toString(), segments);
        segments.add("hao");
        segments.add("dao");
        if (counter.matches("[1-9][0-9]?")) {
            spokenNumber(Integer.parseInt(counter), segments);
        } else {
            spellCharacters(counter, segments);
        }
        segments.add("hao");
        segments.add("chuangkou-banli");
        return new CallAnnouncement("请" + ticket + "号到" + counter + "号窗口办理", segments);
    }

    private static void spellCharacters(String s, List<String> out) {
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                out.add("letter-" + c);
            } else if (c >= '0' && c <= '9') {
                out.add("digit-" + c);
            }
        }
    }

    /** 1–99 as spoken: 三, 十, 十二, 二十, 二十三. */
    private static void spokenNumber(int n, List<String> out) {
        int tens = n / 10;
        int ones = n % 10;
        if (tens > 1) {
            out.add("digit-" + tens);
        }
        if (tens > 0) {
            out.add("shi");
        }
        if (ones > 0) {
            out.add("digit-" + ones);
        }
    }
}
