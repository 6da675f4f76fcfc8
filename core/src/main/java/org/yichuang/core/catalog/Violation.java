package org.yichuang.core.catalog;

import org.yichuang.core.error.ErrorCode;

/**
 * One broken rule of a catalog entry.
 *
 * @param field   where, as a path such as {@code materials[2].deferrable}; an import maps it to sheet, row, column
 * @param message what is wrong, in Chinese, naming the value where that helps
 */
public record Violation(String field, ErrorCode code, String message) {
}
