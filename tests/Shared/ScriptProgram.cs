namespace Corpus.Testing;

/// <summary>
/// A stand-in for a program the build task starts: a script that prints given lines and exits with a given code, so that
/// a test can play a native store writer that cannot run here (its loader's error, exit code 1) or one that misbehaves.
/// A shell script on Unix, made executable; a batch file on Windows. The build task's tests and the package tests share it.
/// </summary>
internal static class ScriptProgram
{
    /// <summary>Writes the script into <paramref name="directory"/> and returns its full path.</summary>
    /// <param name="directory">Where the script goes; created when missing.</param>
    /// <param name="output">Lines for standard output, in order; none may hold a quote, a backtick or a dollar sign.</param>
    /// <param name="error">A line for standard error, or <see langword="null"/>.</param>
    /// <param name="exitCode">The code the script exits with.</param>
    public static string Write(string directory, IEnumerable<string> output, string? error, int exitCode)
    {
        Directory.CreateDirectory(directory);
        var lines = output.ToList();
        if (lines.Append(error ?? "").Any(line => line.IndexOfAny(['"', '\'', '`', '$', '%', '\n']) >= 0))
        {
            throw new ArgumentException("A script line holds a character the script would have to escape.");
        }

        if (OperatingSystem.IsWindows())
        {
            var batch = Path.Combine(directory, "Corpus.StoreWriter.cmd");
            var text = string.Concat(lines.Select(line => $"@echo.{line}\r\n"))
                + (error is null ? "" : $"@echo.{error} 1>&2\r\n")
                + $"@exit /b {exitCode}\r\n";
            File.WriteAllText(batch, text);
            return batch;
        }

        var script = Path.Combine(directory, "Corpus.StoreWriter");
        File.WriteAllText(
            script,
            "#!/bin/sh\n"
            + string.Concat(lines.Select(line => $"printf '%s\\n' \"{line}\"\n"))
            + (error is null ? "" : $"printf '%s\\n' \"{error}\" >&2\n")
            + $"exit {exitCode}\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return script;
    }
}
