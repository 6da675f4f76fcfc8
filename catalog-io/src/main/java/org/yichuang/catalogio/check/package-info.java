/**
 * Checks of a whole catalog (事项库) that do not depend on the file format: item rules, duplicate codes, bundle
 * members; problems are located through the format's {@link org.yichuang.catalogio.check.ProblemLocator}.
 */
package org.yichuang.catalogio.check;
