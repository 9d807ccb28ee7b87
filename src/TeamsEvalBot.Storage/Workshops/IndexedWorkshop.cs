namespace TeamsEvalBot.Storage.Workshops;

/// <summary>A workshop as a partnership's index lists it: enough to find it and to order it.</summary>
public sealed record IndexedWorkshop(string WorkshopId, string Partnership, string PartnershipId, DateTimeOffset StartedAt);
