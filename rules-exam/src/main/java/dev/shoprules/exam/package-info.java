/**
 * Customer-service exams (客服考试) whose every answer is the rule engine's verdict: templates kept beside each rule
 * ({@code <slug>.exam.yaml}), questions generated from them per seed, self-verification, and Markdown, Moodle XML
 * and GIFT exports.
 */
package dev.shoprules.exam;
