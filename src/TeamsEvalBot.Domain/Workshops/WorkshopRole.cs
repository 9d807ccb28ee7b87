namespace TeamsEvalBot.Domain.Workshops;

/// <summary>A part someone has in a workshop besides rating. A person has one at most.</summary>
public enum WorkshopRole
{
    Facilitator,
    Observer,
}
