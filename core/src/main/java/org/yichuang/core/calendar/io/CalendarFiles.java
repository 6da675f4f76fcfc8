package org.yichuang.core.calendar.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.yichuang.core.calendar.CalendarCsv;
import org.yichuang.core.calendar.CalendarFileException;
import org.yichuang.core.calendar.CalendarProblem;
import org.yichuang.core.calendar.CalendarSchedule;
import org.yichuang.core.error.ErrorCode;

/**
 * Reads calendar CSV files (strict UTF-8) for the command line and the server's import; the parsing itself is
 * {@link CalendarCsv}, which does no IO.
 */
public final class CalendarFiles {
    private CalendarFiles() {
    }

    /** Reads a UTF-8 file; an unreadable or non-UTF-8 file is refused with CALENDAR_FILE_UNREADABLE. */
    public static CalendarSchedule read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            throw unreadable("无法读取工作日历文件“" + file + "”：" + reason(e));
        }
        return CalendarCsv.parse(decode(bytes, file.toString()));
    }

    /** Reads a UTF-8 stream (e.g. a classpath resource or an upload). */
    public static CalendarSchedule read(InputStream in, String name) {
        try {
            return CalendarCsv.parse(decode(in.readAllBytes(), name));
        } catch (IOException e) {
            throw unreadable("无法读取工作日历文件“" + name + "”：" + reason(e));
        }
    }

    /** Decodes strict UTF-8 (a byte-order mark is left for the parser to drop); anything else is refused. */
    public static String decode(byte[] bytes, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw unreadable("工作日历文件“" + name + "”不是 UTF-8 编码，请另存为 UTF-8 的 CSV 后重试。");
        }
    }

    private static String reason(Exception e) {
        return e instanceof NoSuchFileException ? "文件不存在"
                : "文件无法打开（没有读取权限或不是普通文件：" + e.getClass().getSimpleName() + "）";
    }

    private static CalendarFileException unreadable(String message) {
        return new CalendarFileException(ErrorCode.CALENDAR_FILE_UNREADABLE, message,
                List.of(new CalendarProblem(0, ErrorCode.CALENDAR_FILE_UNREADABLE, message)));
    }
}
