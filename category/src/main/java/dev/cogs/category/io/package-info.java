/**
 * Reading and writing finite categories with set-valued functors as JSON ({@link
 * dev.cogs.category.io.CategoryFormat}; the format is documented in {@code
 * docs/category-format.md}).
 *
 * <p>This is the only package of the module that uses Jackson; its types never appear in the API,
 * which takes and returns strings and the module's own values.
 */
package dev.cogs.category.io;
