package org.yichuang.client.identity.pcsc;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import org.yichuang.client.identity.CardReadException;
import org.yichuang.client.identity.CardReadException.Reason;

/**
 * Turns what javax.smartcardio throws into the clerk's message. The JDK reports PC/SC errors as exceptions whose
 * message (or whose cause's) is the pcsc-lite/WinSCard constant, e.g. {@code SCARD_E_NO_SERVICE}; that constant is
 * all that is ever logged.
 */
final class PcscFailures {
    private static final Pattern SCARD = Pattern.compile("SCARD_[EWFP]_[A-Z_]+");
    static final String CHECK_SERVICE = "请检查：读卡器已连接；PC/SC 服务已启动（Linux：pcscd，Windows：智能卡服务 SCardSvr）；"
            + "读卡器驱动已安装。";

    private PcscFailures() {
    }

    /** The PC/SC constant in a failure or its causes, or {@code "?"} when there is none. */
    static String code(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                Matcher m = SCARD.matcher(t.getMessage());
                if (m.find()) {
                    return m.group();
                }
            }
        }
        return "?";
    }

    /** No PC/SC at all: the library is missing or the service is not running. */
    static CardReadException serviceUnavailable(Throwable cause) {
        return new CardReadException(Reason.READER_UNAVAILABLE, "无法连接智能卡服务（PC/SC，" + code(cause) + "）。"
                + CHECK_SERVICE + "若智能卡服务在本程序运行时重启过，请重新启动本程序。", cause);
    }

    /** Whether a failure says the service no longer knows the JVM's PC/SC context (it restarted or stopped). */
    static boolean lostContext(CardReadException e) {
        return e.reason() == Reason.READER_UNAVAILABLE && e.getCause() != null
                && switch (code(e.getCause())) {
                    case "SCARD_E_NO_SERVICE", "SCARD_E_SERVICE_STOPPED", "SCARD_E_INVALID_HANDLE" -> true;
                    default -> false;
                };
    }

    /**
     * A failure while finding the reader or talking to the card; {@code whileReading} once the card is connected,
     * where anything that is not the service or the reader means the card left the slot.
     */
    static CardReadException of(CardException e, boolean whileReading) {
        String code = code(e);
        if (e instanceof CardNotPresentException) {
            return removed(e, code);
        }
        switch (code) {
            case "SCARD_E_NO_SERVICE", "SCARD_E_SERVICE_STOPPED", "SCARD_E_NO_READERS_AVAILABLE",
                    "SCARD_E_INVALID_HANDLE", "SCARD_E_NO_ACCESS" -> {
                return serviceUnavailable(e);
            }
            case "SCARD_E_UNKNOWN_READER", "SCARD_E_READER_UNAVAILABLE" -> {
                return new CardReadException(Reason.READER_UNAVAILABLE,
                        "读卡器已断开（" + code + "）。请检查读卡器连接后重试。", e);
            }
            case "SCARD_E_SHARING_VIOLATION" -> {
                return new CardReadException(Reason.READER_UNAVAILABLE,
                        "读卡器正被其他程序占用（" + code + "）。请关闭其他读卡程序后重试。", e);
            }
            case "SCARD_E_TIMEOUT" -> {
                return new CardReadException(Reason.TIMEOUT, "读卡器响应超时（" + code + "）。请重新插卡后重试。", e);
            }
            case "SCARD_W_REMOVED_CARD", "SCARD_E_NO_SMARTCARD", "SCARD_W_UNPOWERED_CARD",
                    "SCARD_W_RESET_CARD" -> {
                return removed(e, code);
            }
            default -> {
                if (whileReading) {
                    return removed(e, code);
                }
                return new CardReadException(Reason.READER_UNAVAILABLE,
                        "读卡器出错（" + code + "）。" + CHECK_SERVICE, e);
            }
        }
    }

    /**
     * The card object was closed under us (javax.smartcardio's IllegalStateException) or a command got no status
     * word (IllegalArgumentException from ResponseAPDU): the card is gone.
     */
    static CardReadException removed(RuntimeException e) {
        return removed(e, e instanceof IllegalArgumentException ? "no answer" : "card closed");
    }

    private static CardReadException removed(Exception e, String code) {
        return new CardReadException(Reason.CARD_REMOVED,
                "读卡时社保卡被取出或接触不良（" + code + "）。请将社保卡插好，读卡完成前不要取出，然后重试。", e);
    }

    /** A status word other than 90 00 for one step of the read. */
    static CardReadException status(int sw, String step) {
        return new CardReadException(Reason.UNKNOWN_STATUS, String.format(Locale.ROOT,
                "社保卡返回了未知的状态码 %04X（%s）。请确认插入的是社会保障卡并重试。", sw, step));
    }

    /** A record whose TLV does not match what was asked or is cut short. */
    static CardReadException corrupt(String step, int length) {
        return new CardReadException(Reason.CORRUPT_ANSWER,
                "社保卡返回的数据不完整或格式错误（" + step + "，" + length + " 字节）。请重新插卡后重试。");
    }
}
