// An employee's (or team leader's) own mentor profile: the opt-in to mentor, a personal cap,
// a bio and the skills they offer; and whether they can be picked as a mentor now, and why not.
import { useEffect, useState, type FormEvent } from "react";
import { api, call } from "../api/client";
import { reasonText } from "../api/reasons";
import type { MentorProfile } from "../api/types";
import { useMe } from "../auth/useMe";
import { useAction } from "../lib/useAction";
import { Badge } from "../ui/Badge";
import { Checkbox, TextArea, TextField } from "../ui/Field";
import { Card, PageHeader } from "../ui/Page";
import { ProblemAlert } from "../ui/ProblemAlert";
import { Spinner } from "../ui/States";
import "../accounts/accounts.css";
import { peopleKeys, useEmployee, useMentorEligibility, useMentorProfile } from "../people/hooks";

// Why someone cannot be picked, said to the person themself.
const OWN_REASONS: Record<string, string> = {
  low_rating: "Your latest performance rating is below the programme's minimum for mentors.",
  no_rating: "You have no performance rating yet.",
  short_tenure: "You have not been with the organisation long enough yet.",
  not_available: "You have not said that you are available to mentor (tick the box below).",
  at_capacity: "You already have as many mentees as you can take.",
  not_managerial: "The programme is for the managerial cadre.",
  inactive: "Your employee record is not active.",
};

function Form({ employeeId, profile, ownSkills }: { employeeId: number; profile: MentorProfile | null; ownSkills: string[] }) {
  const [available, setAvailable] = useState(profile?.available ?? false);
  const [capacity, setCapacity] = useState(profile?.capacity ? String(profile.capacity) : "");
  const [bio, setBio] = useState(profile?.bio ?? "");
  const [skills, setSkills] = useState<string[]>(profile?.skills_offered ?? []);
  const [extra, setExtra] = useState("");
  const [saved, setSaved] = useState(false);
  const save = useAction(
    () =>
      call(
        api.PUT("/api/v1/employees/{employee_id}/mentor-profile", {
          params: { path: { employee_id: employeeId } },
          body: { available, capacity: capacity ? Number(capacity) : null, bio: bio.trim() || null, skills_offered: skills },
        }),
      ),
    { invalidate: [peopleKeys.mentorProfile(employeeId), peopleKeys.eligibility(employeeId)], onSuccess: () => setSaved(true) },
  );
  useEffect(() => setSaved(false), [available, capacity, bio, skills]);
  const choices = [...new Set([...ownSkills, ...skills])];
  const toggle = (skill: string) => setSkills((now) => (now.includes(skill) ? now.filter((s) => s !== skill) : [...now, skill]));
  function addSkill() {
    const name = extra.trim();
    if (name && !skills.some((s) => s.toLowerCase() === name.toLowerCase())) setSkills([...skills, name]);
    setExtra("");
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(undefined);
  }
  return (
    <form className="form" onSubmit={submit} data-testid="mentor-profile-form">
      <Checkbox label="I am available to mentor a peer" checked={available} onChange={setAvailable} hint="Team leaders and HR only pick mentors who said so. You can change this at any time." testId="profile-available" />
      <TextField label="How many mentees at most" type="number" min={1} max={20} value={capacity} onChange={setCapacity} hint="Leave empty for the programme's maximum." testId="profile-capacity" />
      <TextArea label="About you as a mentor" value={bio} onChange={setBio} rows={4} hint="What you can help with, how you like to work." testId="profile-bio" />
      <fieldset className="field">
        <legend>Skills you offer</legend>
        {choices.length ? (
          <div className="skill-choices">
            {choices.map((skill) => (
              <Checkbox key={skill} label={skill} checked={skills.includes(skill)} onChange={() => toggle(skill)} testId={`offer-${skill}`} />
            ))}
          </div>
        ) : (
          <p className="muted">No skills are recorded for you yet: add the ones you offer.</p>
        )}
        <div className="inline-form">
          <TextField label="Add a skill" value={extra} onChange={setExtra} testId="profile-add-skill" />
          <button type="button" className="btn btn-secondary btn-sm" onClick={addSkill} disabled={!extra.trim()} data-testid="profile-add-skill-button">
            Add
          </button>
        </div>
      </fieldset>
      <ProblemAlert error={save.error} />
      {saved ? (
        <p className="alert alert-success" role="status" data-testid="profile-saved">
          Saved.
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={save.isPending} data-testid="profile-save">
          {save.isPending ? "Saving…" : "Save my mentor profile"}
        </button>
      </div>
    </form>
  );
}

export function MentorProfilePage() {
  const me = useMe();
  const employeeId = me.employee_id ?? 0;
  const profile = useMentorProfile(employeeId, { enabled: employeeId > 0 });
  const eligibility = useMentorEligibility(employeeId, { enabled: employeeId > 0 });
  const self = useEmployee(employeeId, { enabled: employeeId > 0 });
  if (!me.employee_id) {
    return (
      <>
        <PageHeader title="My mentor profile" />
        <p className="alert alert-info">Your login is not linked to an employee record, so you have no mentor profile. Ask HR to link it.</p>
      </>
    );
  }
  return (
    <>
      <PageHeader title="My mentor profile" subtitle="Offer to mentor a peer: say you are available, how many mentees you can take and what you can help with." />
      <div className="grid grid-2">
        <Card title="Your offer" testId="mentor-profile">
          {profile.isPending || self.isPending ? (
            <Spinner />
          ) : profile.error || self.error ? (
            <ProblemAlert error={profile.error ?? self.error} />
          ) : (
            <Form employeeId={employeeId} profile={profile.data ?? null} ownSkills={(self.data?.skills ?? []).map((s) => s.skill)} />
          )}
        </Card>
        <Card title="Can you be picked now?" testId="mentor-eligibility">
          {eligibility.isPending ? (
            <Spinner />
          ) : eligibility.error ? (
            <ProblemAlert error={eligibility.error} />
          ) : eligibility.data.eligible ? (
            <p>
              <Badge tone="ok">Yes</Badge> Team leaders and HR can choose you as a mentor. {eligibility.data.active_mentees} of {eligibility.data.capacity} places are taken.
            </p>
          ) : (
            <>
              <p>
                <Badge tone="warning">Not yet</Badge> Mentors are chosen among people who meet every programme rule. What stands in the way:
              </p>
              <ul className="reasons" data-testid="own-eligibility-reasons">
                {eligibility.data.reasons.map((r) => (
                  <li key={r}>{OWN_REASONS[r] ?? reasonText(r)}</li>
                ))}
              </ul>
            </>
          )}
        </Card>
      </div>
    </>
  );
}
