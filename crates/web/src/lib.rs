use candle_core::{DType, Device, Module, Tensor};
use wasm_bindgen::prelude::*;
#[wasm_bindgen]
pub fn decode(bytes: Vec<u8>, x: f32, y: f32) -> Result<Vec<f32>, JsError> {
    let vb = candle_nn::VarBuilder::from_buffered_safetensors(bytes, DType::F32, &Device::Cpu)
        .map_err(|e| JsError::new(&e.to_string()))?;
    let l1 = candle_nn::linear(2, 256, vb.pp("a")).map_err(|e| JsError::new(&e.to_string()))?;
    let l2 = candle_nn::linear(256, 784, vb.pp("b")).map_err(|e| JsError::new(&e.to_string()))?;
    let z = Tensor::new(&[[x, y]], &Device::Cpu).unwrap();
    let o = l2
        .forward(&l1.forward(&z).unwrap().relu().unwrap())
        .unwrap();
    let o = candle_nn::ops::sigmoid(&o).unwrap();
    Ok(o.flatten_all().unwrap().to_vec1::<f32>().unwrap())
}
