/** One option of a ChoiceGroup. */
export interface Choice<T extends string | number> {
  value: T;
  label: string;
  /** The option's language when it differs from the interface (a language's own name). */
  lang?: string;
}

interface ChoiceGroupProps<T extends string | number> {
  legend: string;
  name: string;
  choices: Choice<T>[];
  value: T;
  onChange: (value: T) => void;
}

/** A labelled group of radio buttons: native, so keyboards and screen readers know it. */
export function ChoiceGroup<T extends string | number>(props: ChoiceGroupProps<T>) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.choices.map((choice) => (
        <label class="choice" key={choice.value}>
          <input
            type="radio"
            name={props.name}
            value={String(choice.value)}
            checked={choice.value === props.value}
            onChange={() => props.onChange(choice.value)}
          />
          <span lang={choice.lang}>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
