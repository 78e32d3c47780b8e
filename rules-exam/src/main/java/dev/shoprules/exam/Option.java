package dev.shoprules.exam;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One option of a question.
 *
 * @param label    {@code A}, {@code B}… for single and multiple choice; null for true/false and fill-in
 * @param text     how the option reads in the paper
 * @param correct  whether choosing it is right
 * @param value    the engine's answer for this option's scenario, in canonical form ({@code 240.00}, {@code true})
 * @param why      for a distractor: the typical mistake it stands for; null for the correct option
 * @param scenario what the engine evaluated to get {@code value}; null when the option has no scenario of its own
 *                 (the other answer of a true/false question whose template names no mistake)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Option(String label, String text, boolean correct, String value, String why, Scenario scenario) {}
