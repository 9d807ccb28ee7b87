namespace TeamsEvalBot.Domain.Summaries;

/// <summary>How an agreed level moved since the partnership's previous workshop, as Moray's plan shows its previous and agreed ratings.</summary>
public enum LevelChange
{
    /// <summary>No level was agreed for the proposal in the previous workshop, or there was none.</summary>
    NoPrevious,
    Up,
    Down,
    Same,
}

public static class LevelChanges
{
    public static LevelChange Between(int agreedRank, int? previousRank) => previousRank switch
    {
        null => LevelChange.NoPrevious,
        var previous when agreedRank > previous => LevelChange.Up,
        var previous when agreedRank < previous => LevelChange.Down,
        _ => LevelChange.Same,
    };

    /// <summary>The word the cards show: up, down or same.</summary>
    public static string Word(this LevelChange change) => change switch
    {
        LevelChange.Up => "up",
        LevelChange.Down => "down",
        LevelChange.Same => "same",
        _ => "new",
    };
}
