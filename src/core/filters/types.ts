export interface OrgStats {
  /** Meetings the organisation's filter would keep: someone in it belongs to the organisation or below. */
  meetings: number;
  /** People who belong to it, directly or through a sub-organisation. */
  people: number;
}

/** A top-level organisation and its sub-organisations, as the filter lists them. */
export interface OrgFilterGroup extends OrgStats {
  org: string;
  /** Sub-organisations at any depth, most meetings first. */
  members: string[];
}
