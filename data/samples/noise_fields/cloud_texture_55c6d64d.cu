// Warp 1.19.0 cuda code for cloud_texture_55c6d64d.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// cloud_texture.py:4
static CUDA_CALLABLE wp::vec_t<3, wp::float32> animated_coord_0(
    wp::int32 var_i,
    wp::int32 var_j,
    wp::float32 var_freq,
    wp::float32 var_t)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // forward
    // def animated_coord(i: wp.int32, j: wp.int32, freq: float, t: float):                   <L 5>
    // return wp.vec3(float(i) * freq, float(j) * freq, t)                                    <L 6>
    var_0 = wp::float(var_i);
    var_1 = wp::mul(var_0, var_freq);
    var_2 = wp::float(var_j);
    var_3 = wp::mul(var_2, var_freq);
    var_4 = wp::vec_t<3, wp::float32>(var_1, var_3, var_t);
    return var_4;
}


// cloud_texture.py:4
static CUDA_CALLABLE void adj_animated_coord_0(
    wp::int32 var_i,
    wp::int32 var_j,
    wp::float32 var_freq,
    wp::float32 var_t,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::float32 & adj_freq,
    wp::float32 & adj_t,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    //---------
    // forward
    // def animated_coord(i: wp.int32, j: wp.int32, freq: float, t: float):                   <L 5>
    // return wp.vec3(float(i) * freq, float(j) * freq, t)                                    <L 6>
    var_0 = wp::float(var_i);
    var_1 = wp::mul(var_0, var_freq);
    var_2 = wp::float(var_j);
    var_3 = wp::mul(var_2, var_freq);
    var_4 = wp::vec_t<3, wp::float32>(var_1, var_3, var_t);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret;
    wp::adj_vec_t(var_1, var_3, var_t, adj_1, adj_3, adj_t, adj_4);
    wp::adj_mul(var_2, var_freq, adj_2, adj_freq, adj_3);
    wp::adj_float(var_j, adj_j, adj_2);
    wp::adj_mul(var_0, var_freq, adj_0, adj_freq, adj_1);
    wp::adj_float(var_i, adj_i, adj_0);
    // adj: return wp.vec3(float(i) * freq, float(j) * freq, t)                               <L 6>
    // adj: def animated_coord(i: wp.int32, j: wp.int32, freq: float, t: float):              <L 5>
    return;
}



extern "C" __global__ void cloud_texture_1e5a9459_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_noise_out,
    wp::int32 var_seed,
    wp::float32 var_freq,
    wp::float32 var_time,
    wp::float32 var_lacunarity)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::uint32 var_2;
        const wp::float32 var_3 = 0.0;
        wp::float32 var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        const wp::float32 var_7 = 1.0;
        wp::float32 var_8;
        const wp::float32 var_9 = 1.0;
        wp::float32 var_10;
        const wp::int32 var_11 = 0;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::float32 var_18 = 0.5;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 1;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::float32 var_28 = 0.5;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 2;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        const wp::float32 var_38 = 0.5;
        wp::float32 var_39;
        wp::float32 var_40;
        const wp::int32 var_41 = 3;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        const wp::float32 var_48 = 0.5;
        wp::float32 var_49;
        wp::float32 var_50;
        const wp::int32 var_51 = 4;
        wp::vec_t<3, wp::float32> var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        const wp::float32 var_58 = 0.5;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        //---------
        // forward
        // def cloud_texture(                                                                     <L 13>
        // i, j = wp.tid()                                                                        <L 21>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(seed)                                                             <L 22>
        var_2 = wp::rand_init(var_seed);
        // total = float(0.0)                                                                     <L 23>
        var_4 = wp::float(var_3);
        // norm = float(0.0)                                                                      <L 24>
        var_6 = wp::float(var_5);
        // amplitude = float(1.0)                                                                 <L 25>
        var_8 = wp::float(var_7);
        // frequency = float(1.0)                                                                 <L 26>
        var_10 = wp::float(var_9);
        // for _octave in range(NUM_OCTAVES):                                                     <L 27>
        // total += amplitude * wp.noise(state, animated_coord(i, j, freq, time) * frequency)       <L 28>
        var_12 = animated_coord_0(var_0, var_1, var_freq, var_time);
        var_13 = wp::mul(var_12, var_10);
        var_14 = wp::noise(var_2, var_13);
        var_15 = wp::mul(var_8, var_14);
        var_16 = wp::add(var_4, var_15);
        // norm += amplitude                                                                      <L 29>
        var_17 = wp::add(var_6, var_8);
        // amplitude *= 0.5                                                                       <L 30>
        var_19 = wp::mul(var_8, var_18);
        // frequency *= lacunarity                                                                <L 31>
        var_20 = wp::mul(var_10, var_lacunarity);
        // total += amplitude * wp.noise(state, animated_coord(i, j, freq, time) * frequency)       <L 28>
        var_22 = animated_coord_0(var_0, var_1, var_freq, var_time);
        var_23 = wp::mul(var_22, var_20);
        var_24 = wp::noise(var_2, var_23);
        var_25 = wp::mul(var_19, var_24);
        var_26 = wp::add(var_16, var_25);
        // norm += amplitude                                                                      <L 29>
        var_27 = wp::add(var_17, var_19);
        // amplitude *= 0.5                                                                       <L 30>
        var_29 = wp::mul(var_19, var_28);
        // frequency *= lacunarity                                                                <L 31>
        var_30 = wp::mul(var_20, var_lacunarity);
        // total += amplitude * wp.noise(state, animated_coord(i, j, freq, time) * frequency)       <L 28>
        var_32 = animated_coord_0(var_0, var_1, var_freq, var_time);
        var_33 = wp::mul(var_32, var_30);
        var_34 = wp::noise(var_2, var_33);
        var_35 = wp::mul(var_29, var_34);
        var_36 = wp::add(var_26, var_35);
        // norm += amplitude                                                                      <L 29>
        var_37 = wp::add(var_27, var_29);
        // amplitude *= 0.5                                                                       <L 30>
        var_39 = wp::mul(var_29, var_38);
        // frequency *= lacunarity                                                                <L 31>
        var_40 = wp::mul(var_30, var_lacunarity);
        // total += amplitude * wp.noise(state, animated_coord(i, j, freq, time) * frequency)       <L 28>
        var_42 = animated_coord_0(var_0, var_1, var_freq, var_time);
        var_43 = wp::mul(var_42, var_40);
        var_44 = wp::noise(var_2, var_43);
        var_45 = wp::mul(var_39, var_44);
        var_46 = wp::add(var_36, var_45);
        // norm += amplitude                                                                      <L 29>
        var_47 = wp::add(var_37, var_39);
        // amplitude *= 0.5                                                                       <L 30>
        var_49 = wp::mul(var_39, var_48);
        // frequency *= lacunarity                                                                <L 31>
        var_50 = wp::mul(var_40, var_lacunarity);
        // total += amplitude * wp.noise(state, animated_coord(i, j, freq, time) * frequency)       <L 28>
        var_52 = animated_coord_0(var_0, var_1, var_freq, var_time);
        var_53 = wp::mul(var_52, var_50);
        var_54 = wp::noise(var_2, var_53);
        var_55 = wp::mul(var_49, var_54);
        var_56 = wp::add(var_46, var_55);
        // norm += amplitude                                                                      <L 29>
        var_57 = wp::add(var_47, var_49);
        // amplitude *= 0.5                                                                       <L 30>
        var_59 = wp::mul(var_49, var_58);
        // frequency *= lacunarity                                                                <L 31>
        var_60 = wp::mul(var_50, var_lacunarity);
        // noise_out[i, j] = total / norm                                                         <L 32>
        var_61 = wp::div(var_56, var_57);
        wp::array_store(var_noise_out, var_0, var_1, var_61);
    }
}



extern "C" __global__ void cloud_texture_1e5a9459_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_noise_out,
    wp::int32 var_seed,
    wp::float32 var_freq,
    wp::float32 var_time,
    wp::float32 var_lacunarity,
    wp::array_t<wp::float32> adj_noise_out,
    wp::int32 adj_seed,
    wp::float32 adj_freq,
    wp::float32 adj_time,
    wp::float32 adj_lacunarity)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::uint32 var_2;
        const wp::float32 var_3 = 0.0;
        wp::float32 var_4;
        const wp::float32 var_5 = 0.0;
        wp::float32 var_6;
        const wp::float32 var_7 = 1.0;
        wp::float32 var_8;
        const wp::float32 var_9 = 1.0;
        wp::float32 var_10;
        const wp::int32 var_11 = 0;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::float32 var_18 = 0.5;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 1;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::float32 var_28 = 0.5;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 2;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        const wp::float32 var_38 = 0.5;
        wp::float32 var_39;
        wp::float32 var_40;
        const wp::int32 var_41 = 3;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        const wp::float32 var_48 = 0.5;
        wp::float32 var_49;
        wp::float32 var_50;
        const wp::int32 var_51 = 4;
        wp::vec_t<3, wp::float32> var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        const wp::float32 var_58 = 0.5;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::uint32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::vec_t<3, wp::float32> adj_52 = {};
        wp::vec_t<3, wp::float32> adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        //---------
        // forward
        // def cloud_texture(                                                                     <L 13>
        // i, j = wp.tid()                                                                        <L 21>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(seed)                                                             <L 22>
        var_2 = wp::rand_init(var_seed);
        // total = float(0.0)                                                                     <L 23>
        var_4 = wp::float(var_3);
        // norm = float(0.0)                                                                      <L 24>
        var_6 = wp::float(var_5);
        // amplitude = float(1.0)                                                                 <L 25>
        var_8 = wp::float(var_7);
        // frequency = float(1.0)                                                                 <L 26>
        var_10 = wp::float(var_9);
        // for _octave in range(NUM_OCTAVES):                                                     <L 27>
        // total += amplitude * wp.noise(state, animated_coord(i, j, freq, time) * frequency)       <L 28>
        var_12 = animated_coord_0(var_0, var_1, var_freq, var_time);
        var_13 = wp::mul(var_12, var_10);
        var_14 = wp::noise(var_2, var_13);
        var_15 = wp::mul(var_8, var_14);
        var_16 = wp::add(var_4, var_15);
        // norm += amplitude                                                                      <L 29>
        var_17 = wp::add(var_6, var_8);
        // amplitude *= 0.5                                                                       <L 30>
        var_19 = wp::mul(var_8, var_18);
        // frequency *= lacunarity                                                                <L 31>
        var_20 = wp::mul(var_10, var_lacunarity);
        // total += amplitude * wp.noise(state, animated_coord(i, j, freq, time) * frequency)       <L 28>
        var_22 = animated_coord_0(var_0, var_1, var_freq, var_time);
        var_23 = wp::mul(var_22, var_20);
        var_24 = wp::noise(var_2, var_23);
        var_25 = wp::mul(var_19, var_24);
        var_26 = wp::add(var_16, var_25);
        // norm += amplitude                                                                      <L 29>
        var_27 = wp::add(var_17, var_19);
        // amplitude *= 0.5                                                                       <L 30>
        var_29 = wp::mul(var_19, var_28);
        // frequency *= lacunarity                                                                <L 31>
        var_30 = wp::mul(var_20, var_lacunarity);
        // total += amplitude * wp.noise(state, animated_coord(i, j, freq, time) * frequency)       <L 28>
        var_32 = animated_coord_0(var_0, var_1, var_freq, var_time);
        var_33 = wp::mul(var_32, var_30);
        var_34 = wp::noise(var_2, var_33);
        var_35 = wp::mul(var_29, var_34);
        var_36 = wp::add(var_26, var_35);
        // norm += amplitude                                                                      <L 29>
        var_37 = wp::add(var_27, var_29);
        // amplitude *= 0.5                                                                       <L 30>
        var_39 = wp::mul(var_29, var_38);
        // frequency *= lacunarity                                                                <L 31>
        var_40 = wp::mul(var_30, var_lacunarity);
        // total += amplitude * wp.noise(state, animated_coord(i, j, freq, time) * frequency)       <L 28>
        var_42 = animated_coord_0(var_0, var_1, var_freq, var_time);
        var_43 = wp::mul(var_42, var_40);
        var_44 = wp::noise(var_2, var_43);
        var_45 = wp::mul(var_39, var_44);
        var_46 = wp::add(var_36, var_45);
        // norm += amplitude                                                                      <L 29>
        var_47 = wp::add(var_37, var_39);
        // amplitude *= 0.5                                                                       <L 30>
        var_49 = wp::mul(var_39, var_48);
        // frequency *= lacunarity                                                                <L 31>
        var_50 = wp::mul(var_40, var_lacunarity);
        // total += amplitude * wp.noise(state, animated_coord(i, j, freq, time) * frequency)       <L 28>
        var_52 = animated_coord_0(var_0, var_1, var_freq, var_time);
        var_53 = wp::mul(var_52, var_50);
        var_54 = wp::noise(var_2, var_53);
        var_55 = wp::mul(var_49, var_54);
        var_56 = wp::add(var_46, var_55);
        // norm += amplitude                                                                      <L 29>
        var_57 = wp::add(var_47, var_49);
        // amplitude *= 0.5                                                                       <L 30>
        var_59 = wp::mul(var_49, var_58);
        // frequency *= lacunarity                                                                <L 31>
        var_60 = wp::mul(var_50, var_lacunarity);
        // noise_out[i, j] = total / norm                                                         <L 32>
        var_61 = wp::div(var_56, var_57);
        // wp::array_store(var_noise_out, var_0, var_1, var_61);
        //---------
        // reverse
        wp::adj_array_store(var_noise_out, var_0, var_1, var_61, adj_noise_out, adj_0, adj_1, adj_61);
        wp::adj_div(var_56, var_57, var_61, adj_56, adj_57, adj_61);
        // adj: noise_out[i, j] = total / norm                                                    <L 32>
        wp::adj_mul(var_50, var_lacunarity, adj_50, adj_lacunarity, adj_60);
        // adj: frequency *= lacunarity                                                           <L 31>
        wp::adj_mul(var_49, var_58, adj_49, adj_58, adj_59);
        // adj: amplitude *= 0.5                                                                  <L 30>
        wp::adj_add(var_47, var_49, adj_47, adj_49, adj_57);
        // adj: norm += amplitude                                                                 <L 29>
        wp::adj_add(var_46, var_55, adj_46, adj_55, adj_56);
        wp::adj_mul(var_49, var_54, adj_49, adj_54, adj_55);
        wp::adj_noise(var_2, var_53, adj_2, adj_53, adj_54);
        wp::adj_mul(var_52, var_50, adj_52, adj_50, adj_53);
        adj_animated_coord_0(var_0, var_1, var_freq, var_time, adj_0, adj_1, adj_freq, adj_time, adj_52);
        // adj: total += amplitude * wp.noise(state, animated_coord(i, j, freq, time) * frequency)  <L 28>
        wp::adj_mul(var_40, var_lacunarity, adj_40, adj_lacunarity, adj_50);
        // adj: frequency *= lacunarity                                                           <L 31>
        wp::adj_mul(var_39, var_48, adj_39, adj_48, adj_49);
        // adj: amplitude *= 0.5                                                                  <L 30>
        wp::adj_add(var_37, var_39, adj_37, adj_39, adj_47);
        // adj: norm += amplitude                                                                 <L 29>
        wp::adj_add(var_36, var_45, adj_36, adj_45, adj_46);
        wp::adj_mul(var_39, var_44, adj_39, adj_44, adj_45);
        wp::adj_noise(var_2, var_43, adj_2, adj_43, adj_44);
        wp::adj_mul(var_42, var_40, adj_42, adj_40, adj_43);
        adj_animated_coord_0(var_0, var_1, var_freq, var_time, adj_0, adj_1, adj_freq, adj_time, adj_42);
        // adj: total += amplitude * wp.noise(state, animated_coord(i, j, freq, time) * frequency)  <L 28>
        wp::adj_mul(var_30, var_lacunarity, adj_30, adj_lacunarity, adj_40);
        // adj: frequency *= lacunarity                                                           <L 31>
        wp::adj_mul(var_29, var_38, adj_29, adj_38, adj_39);
        // adj: amplitude *= 0.5                                                                  <L 30>
        wp::adj_add(var_27, var_29, adj_27, adj_29, adj_37);
        // adj: norm += amplitude                                                                 <L 29>
        wp::adj_add(var_26, var_35, adj_26, adj_35, adj_36);
        wp::adj_mul(var_29, var_34, adj_29, adj_34, adj_35);
        wp::adj_noise(var_2, var_33, adj_2, adj_33, adj_34);
        wp::adj_mul(var_32, var_30, adj_32, adj_30, adj_33);
        adj_animated_coord_0(var_0, var_1, var_freq, var_time, adj_0, adj_1, adj_freq, adj_time, adj_32);
        // adj: total += amplitude * wp.noise(state, animated_coord(i, j, freq, time) * frequency)  <L 28>
        wp::adj_mul(var_20, var_lacunarity, adj_20, adj_lacunarity, adj_30);
        // adj: frequency *= lacunarity                                                           <L 31>
        wp::adj_mul(var_19, var_28, adj_19, adj_28, adj_29);
        // adj: amplitude *= 0.5                                                                  <L 30>
        wp::adj_add(var_17, var_19, adj_17, adj_19, adj_27);
        // adj: norm += amplitude                                                                 <L 29>
        wp::adj_add(var_16, var_25, adj_16, adj_25, adj_26);
        wp::adj_mul(var_19, var_24, adj_19, adj_24, adj_25);
        wp::adj_noise(var_2, var_23, adj_2, adj_23, adj_24);
        wp::adj_mul(var_22, var_20, adj_22, adj_20, adj_23);
        adj_animated_coord_0(var_0, var_1, var_freq, var_time, adj_0, adj_1, adj_freq, adj_time, adj_22);
        // adj: total += amplitude * wp.noise(state, animated_coord(i, j, freq, time) * frequency)  <L 28>
        wp::adj_mul(var_10, var_lacunarity, adj_10, adj_lacunarity, adj_20);
        // adj: frequency *= lacunarity                                                           <L 31>
        wp::adj_mul(var_8, var_18, adj_8, adj_18, adj_19);
        // adj: amplitude *= 0.5                                                                  <L 30>
        wp::adj_add(var_6, var_8, adj_6, adj_8, adj_17);
        // adj: norm += amplitude                                                                 <L 29>
        wp::adj_add(var_4, var_15, adj_4, adj_15, adj_16);
        wp::adj_mul(var_8, var_14, adj_8, adj_14, adj_15);
        wp::adj_noise(var_2, var_13, adj_2, adj_13, adj_14);
        wp::adj_mul(var_12, var_10, adj_12, adj_10, adj_13);
        adj_animated_coord_0(var_0, var_1, var_freq, var_time, adj_0, adj_1, adj_freq, adj_time, adj_12);
        // adj: total += amplitude * wp.noise(state, animated_coord(i, j, freq, time) * frequency)  <L 28>
        // adj: for _octave in range(NUM_OCTAVES):                                                <L 27>
        wp::adj_float(var_9, adj_9, adj_10);
        // adj: frequency = float(1.0)                                                            <L 26>
        wp::adj_float(var_7, adj_7, adj_8);
        // adj: amplitude = float(1.0)                                                            <L 25>
        wp::adj_float(var_5, adj_5, adj_6);
        // adj: norm = float(0.0)                                                                 <L 24>
        wp::adj_float(var_3, adj_3, adj_4);
        // adj: total = float(0.0)                                                                <L 23>
        // adj: state = wp.rand_init(seed)                                                        <L 22>
        // adj: i, j = wp.tid()                                                                   <L 21>
        // adj: def cloud_texture(                                                                <L 13>
        continue;
    }
}

