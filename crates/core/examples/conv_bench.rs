use candle_core::{DType, Device, Tensor, Module};
use candle_nn::{VarBuilder, VarMap, Optimizer};
fn main() -> candle_core::Result<()> {
    let dev = Device::Cpu;
    let vm = VarMap::new();
    let vb = VarBuilder::from_varmap(&vm, DType::F32, &dev);
    let fc = candle_nn::linear(2, 64*7*7, vb.pp("fc"))?;
    let cfg = candle_nn::ConvTranspose2dConfig { padding: 1, output_padding: 1, stride: 2, dilation: 1 };
    let t1 = candle_nn::conv_transpose2d(64, 32, 3, cfg, vb.pp("t1"))?;
    let t2 = candle_nn::conv_transpose2d(32, 16, 3, cfg, vb.pp("t2"))?;
    let c3 = candle_nn::conv2d(16, 1, 3, candle_nn::Conv2dConfig{padding:1, ..Default::default()}, vb.pp("c3"))?;
    let mut opt = candle_nn::AdamW::new(vm.all_vars(), candle_nn::ParamsAdamW{lr:1e-3, weight_decay:0., ..Default::default()})?;
    let z = Tensor::randn(0f32, 1., (128, 2), &dev)?;
    let target = Tensor::rand(0f32, 1., (128, 1, 28, 28), &dev)?;
    for i in 0..6 {
        let t = std::time::Instant::now();
        let h = fc.forward(&z)?.relu()?.reshape((128, 64, 7, 7))?;
        let h = t1.forward(&h)?.relu()?;
        let h = t2.forward(&h)?.relu()?;
        let y = c3.forward(&h)?;
        let loss = (y - &target)?.sqr()?.mean_all()?;
        let f = t.elapsed();
        opt.backward_step(&loss)?;
        println!("step {i}: fwd {:?} total {:?}", f, t.elapsed());
    }
    // classifier-like conv
    let c1 = candle_nn::conv2d(1, 32, 3, Default::default(), vb.pp("k1"))?;
    let c2 = candle_nn::conv2d(32, 64, 3, Default::default(), vb.pp("k2"))?;
    let fc2 = candle_nn::linear(64*5*5, 10, vb.pp("fc2"))?;
    let mut opt = candle_nn::AdamW::new(vm.all_vars(), candle_nn::ParamsAdamW{lr:1e-3, weight_decay:0., ..Default::default()})?;
    for i in 0..6 {
        let t = std::time::Instant::now();
        let h = c1.forward(&target)?.relu()?.max_pool2d(2)?;
        let h = c2.forward(&h)?.relu()?.max_pool2d(2)?.flatten_from(1)?;
        let y = fc2.forward(&h)?;
        let loss = y.sqr()?.mean_all()?;
        let f = t.elapsed();
        opt.backward_step(&loss)?;
        println!("cls step {i}: fwd {:?} total {:?}", f, t.elapsed());
    }
    Ok(())
}
