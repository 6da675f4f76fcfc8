/** Test data shared with other modules through the catalog-io test-jar: {@link SyntheticCatalog}. */
package org.yichuang.catalogio.testing;
