namespace TeamsEvalBot.TestSupport;

/// <summary>Finds the checkout's folders, so tests run from any working directory.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Scripts => Path.Combine(Root, "scripts");

    public static string NodeModules => Path.Combine(Scripts, "node_modules");

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TeamsEvalBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("TeamsEvalBot.sln was not found above " + AppContext.BaseDirectory);
    }
}
