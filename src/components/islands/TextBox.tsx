/** What a text box needs to know about its field. */
export interface TextBoxField {
  label: string;
  help?: string;
  maxLength: number;
  multiline: boolean;
}

interface Props {
  field: TextBoxField;
  /** Unique in the page; the help text's id derives from it. */
  id: string;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  /** Ids of further text that describes this box, such as the section's intro. */
  describedBy?: string[];
}

/** A labelled text box whose help text is read with it and whose printed copy is plain text. */
export default function TextBox({ field, id, value, onChange, onBlur, describedBy = [] }: Props) {
  const helpId = `${id}-help`;
  const common = {
    id,
    value,
    maxLength: field.maxLength,
    'aria-describedby': [...describedBy, helpId].join(' '),
    onChange: (event: { currentTarget: { value: string } }) => onChange(event.currentTarget.value),
    onBlur,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{field.label}</label>
      <p className="field-help" id={helpId}>
        {field.help} <span className="field-limit">Up to {field.maxLength} characters.</span>
      </p>
      {field.multiline ? <textarea rows={3} {...common} /> : <input type="text" autoComplete="off" {...common} />}
    </div>
  );
}
