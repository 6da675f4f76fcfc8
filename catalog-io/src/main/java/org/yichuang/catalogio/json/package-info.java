/** The catalog as the documented JSON file (docs/catalog-format.md): strict reading, stable pretty-printed writing. */
package org.yichuang.catalogio.json;
