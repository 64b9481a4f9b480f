/**
 * A miniature Stride that {@code RulesCanFailTest} points every rule at. The classes without a
 * prefix form a well-behaved hexagon on which every rule passes; each class named {@code Bad...}
 * is a deliberate violation and joins the well-behaved ones only in the case that proves its rule can fail.
 */
package dev.stride.archfixtures;
