package org.outreachplanner.api;

/**
 * What the API answers when a request fails: the HTTP status, its name, what went wrong in plain
 * words, and the path asked for. Never a stack trace or SQL.
 */
public record ErrorInfo(int status, String error, String message, String path) {}
