// Warp 1.19.0 cuda code for fractal_noise_9be77a5e.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// fractal_noise.py:7
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
    // def animated_coord(i: wp.int32, j: wp.int32, freq: float, t: float):                   <L 8>
    // return wp.vec3(float(i) * freq, float(j) * freq, t)                                    <L 9>
    var_0 = wp::float(var_i);
    var_1 = wp::mul(var_0, var_freq);
    var_2 = wp::float(var_j);
    var_3 = wp::mul(var_2, var_freq);
    var_4 = wp::vec_t<3, wp::float32>(var_1, var_3, var_t);
    return var_4;
}


// fractal_noise.py:7
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
    // def animated_coord(i: wp.int32, j: wp.int32, freq: float, t: float):                   <L 8>
    // return wp.vec3(float(i) * freq, float(j) * freq, t)                                    <L 9>
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
    // adj: return wp.vec3(float(i) * freq, float(j) * freq, t)                               <L 9>
    // adj: def animated_coord(i: wp.int32, j: wp.int32, freq: float, t: float):              <L 8>
    return;
}



extern "C" __global__ void fractal_noise_9b4efbfb_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_flags,
    wp::int32 var_rng_seed,
    wp::float32 var_freq,
    wp::float32 var_sim_time,
    wp::array_t<wp::float32> var_noise_out)
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
        wp::int32* var_3;
        const wp::int32 var_4 = 1;
        bool var_5;
        wp::int32 var_6;
        const wp::float32 var_7 = 0.0;
        wp::float32 var_8;
        const wp::float32 var_9 = 0.0;
        wp::float32 var_10;
        const wp::float32 var_11 = 1.0;
        wp::float32 var_12;
        const wp::float32 var_13 = 1.0;
        wp::float32 var_14;
        const wp::int32 var_15 = 0;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        const wp::float32 var_22 = 0.5;
        wp::float32 var_23;
        const wp::float32 var_24 = 2.0;
        wp::float32 var_25;
        const wp::int32 var_26 = 1;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        const wp::float32 var_33 = 0.5;
        wp::float32 var_34;
        const wp::float32 var_35 = 2.0;
        wp::float32 var_36;
        const wp::int32 var_37 = 2;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        const wp::float32 var_44 = 0.5;
        wp::float32 var_45;
        const wp::float32 var_46 = 2.0;
        wp::float32 var_47;
        const wp::int32 var_48 = 3;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        const wp::float32 var_55 = 0.5;
        wp::float32 var_56;
        const wp::float32 var_57 = 2.0;
        wp::float32 var_58;
        const wp::int32 var_59 = 4;
        wp::vec_t<3, wp::float32> var_60;
        wp::vec_t<3, wp::float32> var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        const wp::float32 var_66 = 0.5;
        wp::float32 var_67;
        const wp::float32 var_68 = 2.0;
        wp::float32 var_69;
        wp::float32 var_70;
        //---------
        // forward
        // def fractal_noise(                                                                     <L 13>
        // i, j = wp.tid()                                                                        <L 21>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(rng_seed)                                                         <L 22>
        var_2 = wp::rand_init(var_rng_seed);
        // if flags[i, j] != 1:                                                                   <L 23>
        var_3 = wp::address(var_flags, var_0, var_1);
        var_6 = wp::load(var_3);
        var_5 = (var_6 != var_4);
        if (var_5) {
            // return                                                                             <L 24>
            continue;
        }
        // total = float(0.0)                                                                     <L 25>
        var_8 = wp::float(var_7);
        // norm = float(0.0)                                                                      <L 26>
        var_10 = wp::float(var_9);
        // amplitude = float(1.0)                                                                 <L 27>
        var_12 = wp::float(var_11);
        // frequency = float(1.0)                                                                 <L 28>
        var_14 = wp::float(var_13);
        // for _octave in range(NUM_OCTAVES):                                                     <L 29>
        // total += amplitude * wp.noise(state, animated_coord(i, j, freq, sim_time) * frequency)       <L 30>
        var_16 = animated_coord_0(var_0, var_1, var_freq, var_sim_time);
        var_17 = wp::mul(var_16, var_14);
        var_18 = wp::noise(var_2, var_17);
        var_19 = wp::mul(var_12, var_18);
        var_20 = wp::add(var_8, var_19);
        // norm += amplitude                                                                      <L 31>
        var_21 = wp::add(var_10, var_12);
        // amplitude *= 0.5                                                                       <L 32>
        var_23 = wp::mul(var_12, var_22);
        // frequency *= 2.0                                                                       <L 33>
        var_25 = wp::mul(var_14, var_24);
        // total += amplitude * wp.noise(state, animated_coord(i, j, freq, sim_time) * frequency)       <L 30>
        var_27 = animated_coord_0(var_0, var_1, var_freq, var_sim_time);
        var_28 = wp::mul(var_27, var_25);
        var_29 = wp::noise(var_2, var_28);
        var_30 = wp::mul(var_23, var_29);
        var_31 = wp::add(var_20, var_30);
        // norm += amplitude                                                                      <L 31>
        var_32 = wp::add(var_21, var_23);
        // amplitude *= 0.5                                                                       <L 32>
        var_34 = wp::mul(var_23, var_33);
        // frequency *= 2.0                                                                       <L 33>
        var_36 = wp::mul(var_25, var_35);
        // total += amplitude * wp.noise(state, animated_coord(i, j, freq, sim_time) * frequency)       <L 30>
        var_38 = animated_coord_0(var_0, var_1, var_freq, var_sim_time);
        var_39 = wp::mul(var_38, var_36);
        var_40 = wp::noise(var_2, var_39);
        var_41 = wp::mul(var_34, var_40);
        var_42 = wp::add(var_31, var_41);
        // norm += amplitude                                                                      <L 31>
        var_43 = wp::add(var_32, var_34);
        // amplitude *= 0.5                                                                       <L 32>
        var_45 = wp::mul(var_34, var_44);
        // frequency *= 2.0                                                                       <L 33>
        var_47 = wp::mul(var_36, var_46);
        // total += amplitude * wp.noise(state, animated_coord(i, j, freq, sim_time) * frequency)       <L 30>
        var_49 = animated_coord_0(var_0, var_1, var_freq, var_sim_time);
        var_50 = wp::mul(var_49, var_47);
        var_51 = wp::noise(var_2, var_50);
        var_52 = wp::mul(var_45, var_51);
        var_53 = wp::add(var_42, var_52);
        // norm += amplitude                                                                      <L 31>
        var_54 = wp::add(var_43, var_45);
        // amplitude *= 0.5                                                                       <L 32>
        var_56 = wp::mul(var_45, var_55);
        // frequency *= 2.0                                                                       <L 33>
        var_58 = wp::mul(var_47, var_57);
        // total += amplitude * wp.noise(state, animated_coord(i, j, freq, sim_time) * frequency)       <L 30>
        var_60 = animated_coord_0(var_0, var_1, var_freq, var_sim_time);
        var_61 = wp::mul(var_60, var_58);
        var_62 = wp::noise(var_2, var_61);
        var_63 = wp::mul(var_56, var_62);
        var_64 = wp::add(var_53, var_63);
        // norm += amplitude                                                                      <L 31>
        var_65 = wp::add(var_54, var_56);
        // amplitude *= 0.5                                                                       <L 32>
        var_67 = wp::mul(var_56, var_66);
        // frequency *= 2.0                                                                       <L 33>
        var_69 = wp::mul(var_58, var_68);
        // noise_out[i, j] = total / norm                                                         <L 34>
        var_70 = wp::div(var_64, var_65);
        wp::array_store(var_noise_out, var_0, var_1, var_70);
    }
}



extern "C" __global__ void fractal_noise_9b4efbfb_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_flags,
    wp::int32 var_rng_seed,
    wp::float32 var_freq,
    wp::float32 var_sim_time,
    wp::array_t<wp::float32> var_noise_out,
    wp::array_t<wp::int32> adj_flags,
    wp::int32 adj_rng_seed,
    wp::float32 adj_freq,
    wp::float32 adj_sim_time,
    wp::array_t<wp::float32> adj_noise_out)
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
        wp::int32* var_3;
        const wp::int32 var_4 = 1;
        bool var_5;
        wp::int32 var_6;
        const wp::float32 var_7 = 0.0;
        wp::float32 var_8;
        const wp::float32 var_9 = 0.0;
        wp::float32 var_10;
        const wp::float32 var_11 = 1.0;
        wp::float32 var_12;
        const wp::float32 var_13 = 1.0;
        wp::float32 var_14;
        const wp::int32 var_15 = 0;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        const wp::float32 var_22 = 0.5;
        wp::float32 var_23;
        const wp::float32 var_24 = 2.0;
        wp::float32 var_25;
        const wp::int32 var_26 = 1;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        const wp::float32 var_33 = 0.5;
        wp::float32 var_34;
        const wp::float32 var_35 = 2.0;
        wp::float32 var_36;
        const wp::int32 var_37 = 2;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        const wp::float32 var_44 = 0.5;
        wp::float32 var_45;
        const wp::float32 var_46 = 2.0;
        wp::float32 var_47;
        const wp::int32 var_48 = 3;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        const wp::float32 var_55 = 0.5;
        wp::float32 var_56;
        const wp::float32 var_57 = 2.0;
        wp::float32 var_58;
        const wp::int32 var_59 = 4;
        wp::vec_t<3, wp::float32> var_60;
        wp::vec_t<3, wp::float32> var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        const wp::float32 var_66 = 0.5;
        wp::float32 var_67;
        const wp::float32 var_68 = 2.0;
        wp::float32 var_69;
        wp::float32 var_70;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::uint32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        bool adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::vec_t<3, wp::float32> adj_49 = {};
        wp::vec_t<3, wp::float32> adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::vec_t<3, wp::float32> adj_60 = {};
        wp::vec_t<3, wp::float32> adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::float32 adj_70 = {};
        //---------
        // forward
        // def fractal_noise(                                                                     <L 13>
        // i, j = wp.tid()                                                                        <L 21>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(rng_seed)                                                         <L 22>
        var_2 = wp::rand_init(var_rng_seed);
        // if flags[i, j] != 1:                                                                   <L 23>
        var_3 = wp::address(var_flags, var_0, var_1);
        var_6 = wp::load(var_3);
        var_5 = (var_6 != var_4);
        if (var_5) {
            // return                                                                             <L 24>
            goto label0;
        }
        // total = float(0.0)                                                                     <L 25>
        var_8 = wp::float(var_7);
        // norm = float(0.0)                                                                      <L 26>
        var_10 = wp::float(var_9);
        // amplitude = float(1.0)                                                                 <L 27>
        var_12 = wp::float(var_11);
        // frequency = float(1.0)                                                                 <L 28>
        var_14 = wp::float(var_13);
        // for _octave in range(NUM_OCTAVES):                                                     <L 29>
        // total += amplitude * wp.noise(state, animated_coord(i, j, freq, sim_time) * frequency)       <L 30>
        var_16 = animated_coord_0(var_0, var_1, var_freq, var_sim_time);
        var_17 = wp::mul(var_16, var_14);
        var_18 = wp::noise(var_2, var_17);
        var_19 = wp::mul(var_12, var_18);
        var_20 = wp::add(var_8, var_19);
        // norm += amplitude                                                                      <L 31>
        var_21 = wp::add(var_10, var_12);
        // amplitude *= 0.5                                                                       <L 32>
        var_23 = wp::mul(var_12, var_22);
        // frequency *= 2.0                                                                       <L 33>
        var_25 = wp::mul(var_14, var_24);
        // total += amplitude * wp.noise(state, animated_coord(i, j, freq, sim_time) * frequency)       <L 30>
        var_27 = animated_coord_0(var_0, var_1, var_freq, var_sim_time);
        var_28 = wp::mul(var_27, var_25);
        var_29 = wp::noise(var_2, var_28);
        var_30 = wp::mul(var_23, var_29);
        var_31 = wp::add(var_20, var_30);
        // norm += amplitude                                                                      <L 31>
        var_32 = wp::add(var_21, var_23);
        // amplitude *= 0.5                                                                       <L 32>
        var_34 = wp::mul(var_23, var_33);
        // frequency *= 2.0                                                                       <L 33>
        var_36 = wp::mul(var_25, var_35);
        // total += amplitude * wp.noise(state, animated_coord(i, j, freq, sim_time) * frequency)       <L 30>
        var_38 = animated_coord_0(var_0, var_1, var_freq, var_sim_time);
        var_39 = wp::mul(var_38, var_36);
        var_40 = wp::noise(var_2, var_39);
        var_41 = wp::mul(var_34, var_40);
        var_42 = wp::add(var_31, var_41);
        // norm += amplitude                                                                      <L 31>
        var_43 = wp::add(var_32, var_34);
        // amplitude *= 0.5                                                                       <L 32>
        var_45 = wp::mul(var_34, var_44);
        // frequency *= 2.0                                                                       <L 33>
        var_47 = wp::mul(var_36, var_46);
        // total += amplitude * wp.noise(state, animated_coord(i, j, freq, sim_time) * frequency)       <L 30>
        var_49 = animated_coord_0(var_0, var_1, var_freq, var_sim_time);
        var_50 = wp::mul(var_49, var_47);
        var_51 = wp::noise(var_2, var_50);
        var_52 = wp::mul(var_45, var_51);
        var_53 = wp::add(var_42, var_52);
        // norm += amplitude                                                                      <L 31>
        var_54 = wp::add(var_43, var_45);
        // amplitude *= 0.5                                                                       <L 32>
        var_56 = wp::mul(var_45, var_55);
        // frequency *= 2.0                                                                       <L 33>
        var_58 = wp::mul(var_47, var_57);
        // total += amplitude * wp.noise(state, animated_coord(i, j, freq, sim_time) * frequency)       <L 30>
        var_60 = animated_coord_0(var_0, var_1, var_freq, var_sim_time);
        var_61 = wp::mul(var_60, var_58);
        var_62 = wp::noise(var_2, var_61);
        var_63 = wp::mul(var_56, var_62);
        var_64 = wp::add(var_53, var_63);
        // norm += amplitude                                                                      <L 31>
        var_65 = wp::add(var_54, var_56);
        // amplitude *= 0.5                                                                       <L 32>
        var_67 = wp::mul(var_56, var_66);
        // frequency *= 2.0                                                                       <L 33>
        var_69 = wp::mul(var_58, var_68);
        // noise_out[i, j] = total / norm                                                         <L 34>
        var_70 = wp::div(var_64, var_65);
        // wp::array_store(var_noise_out, var_0, var_1, var_70);
        //---------
        // reverse
        wp::adj_array_store(var_noise_out, var_0, var_1, var_70, adj_noise_out, adj_0, adj_1, adj_70);
        wp::adj_div(var_64, var_65, var_70, adj_64, adj_65, adj_70);
        // adj: noise_out[i, j] = total / norm                                                    <L 34>
        wp::adj_mul(var_58, var_68, adj_58, adj_68, adj_69);
        // adj: frequency *= 2.0                                                                  <L 33>
        wp::adj_mul(var_56, var_66, adj_56, adj_66, adj_67);
        // adj: amplitude *= 0.5                                                                  <L 32>
        wp::adj_add(var_54, var_56, adj_54, adj_56, adj_65);
        // adj: norm += amplitude                                                                 <L 31>
        wp::adj_add(var_53, var_63, adj_53, adj_63, adj_64);
        wp::adj_mul(var_56, var_62, adj_56, adj_62, adj_63);
        wp::adj_noise(var_2, var_61, adj_2, adj_61, adj_62);
        wp::adj_mul(var_60, var_58, adj_60, adj_58, adj_61);
        adj_animated_coord_0(var_0, var_1, var_freq, var_sim_time, adj_0, adj_1, adj_freq, adj_sim_time, adj_60);
        // adj: total += amplitude * wp.noise(state, animated_coord(i, j, freq, sim_time) * frequency)  <L 30>
        wp::adj_mul(var_47, var_57, adj_47, adj_57, adj_58);
        // adj: frequency *= 2.0                                                                  <L 33>
        wp::adj_mul(var_45, var_55, adj_45, adj_55, adj_56);
        // adj: amplitude *= 0.5                                                                  <L 32>
        wp::adj_add(var_43, var_45, adj_43, adj_45, adj_54);
        // adj: norm += amplitude                                                                 <L 31>
        wp::adj_add(var_42, var_52, adj_42, adj_52, adj_53);
        wp::adj_mul(var_45, var_51, adj_45, adj_51, adj_52);
        wp::adj_noise(var_2, var_50, adj_2, adj_50, adj_51);
        wp::adj_mul(var_49, var_47, adj_49, adj_47, adj_50);
        adj_animated_coord_0(var_0, var_1, var_freq, var_sim_time, adj_0, adj_1, adj_freq, adj_sim_time, adj_49);
        // adj: total += amplitude * wp.noise(state, animated_coord(i, j, freq, sim_time) * frequency)  <L 30>
        wp::adj_mul(var_36, var_46, adj_36, adj_46, adj_47);
        // adj: frequency *= 2.0                                                                  <L 33>
        wp::adj_mul(var_34, var_44, adj_34, adj_44, adj_45);
        // adj: amplitude *= 0.5                                                                  <L 32>
        wp::adj_add(var_32, var_34, adj_32, adj_34, adj_43);
        // adj: norm += amplitude                                                                 <L 31>
        wp::adj_add(var_31, var_41, adj_31, adj_41, adj_42);
        wp::adj_mul(var_34, var_40, adj_34, adj_40, adj_41);
        wp::adj_noise(var_2, var_39, adj_2, adj_39, adj_40);
        wp::adj_mul(var_38, var_36, adj_38, adj_36, adj_39);
        adj_animated_coord_0(var_0, var_1, var_freq, var_sim_time, adj_0, adj_1, adj_freq, adj_sim_time, adj_38);
        // adj: total += amplitude * wp.noise(state, animated_coord(i, j, freq, sim_time) * frequency)  <L 30>
        wp::adj_mul(var_25, var_35, adj_25, adj_35, adj_36);
        // adj: frequency *= 2.0                                                                  <L 33>
        wp::adj_mul(var_23, var_33, adj_23, adj_33, adj_34);
        // adj: amplitude *= 0.5                                                                  <L 32>
        wp::adj_add(var_21, var_23, adj_21, adj_23, adj_32);
        // adj: norm += amplitude                                                                 <L 31>
        wp::adj_add(var_20, var_30, adj_20, adj_30, adj_31);
        wp::adj_mul(var_23, var_29, adj_23, adj_29, adj_30);
        wp::adj_noise(var_2, var_28, adj_2, adj_28, adj_29);
        wp::adj_mul(var_27, var_25, adj_27, adj_25, adj_28);
        adj_animated_coord_0(var_0, var_1, var_freq, var_sim_time, adj_0, adj_1, adj_freq, adj_sim_time, adj_27);
        // adj: total += amplitude * wp.noise(state, animated_coord(i, j, freq, sim_time) * frequency)  <L 30>
        wp::adj_mul(var_14, var_24, adj_14, adj_24, adj_25);
        // adj: frequency *= 2.0                                                                  <L 33>
        wp::adj_mul(var_12, var_22, adj_12, adj_22, adj_23);
        // adj: amplitude *= 0.5                                                                  <L 32>
        wp::adj_add(var_10, var_12, adj_10, adj_12, adj_21);
        // adj: norm += amplitude                                                                 <L 31>
        wp::adj_add(var_8, var_19, adj_8, adj_19, adj_20);
        wp::adj_mul(var_12, var_18, adj_12, adj_18, adj_19);
        wp::adj_noise(var_2, var_17, adj_2, adj_17, adj_18);
        wp::adj_mul(var_16, var_14, adj_16, adj_14, adj_17);
        adj_animated_coord_0(var_0, var_1, var_freq, var_sim_time, adj_0, adj_1, adj_freq, adj_sim_time, adj_16);
        // adj: total += amplitude * wp.noise(state, animated_coord(i, j, freq, sim_time) * frequency)  <L 30>
        // adj: for _octave in range(NUM_OCTAVES):                                                <L 29>
        wp::adj_float(var_13, adj_13, adj_14);
        // adj: frequency = float(1.0)                                                            <L 28>
        wp::adj_float(var_11, adj_11, adj_12);
        // adj: amplitude = float(1.0)                                                            <L 27>
        wp::adj_float(var_9, adj_9, adj_10);
        // adj: norm = float(0.0)                                                                 <L 26>
        wp::adj_float(var_7, adj_7, adj_8);
        // adj: total = float(0.0)                                                                <L 25>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 24>
        }
        wp::adj_address(var_flags, var_0, var_1, adj_flags, adj_0, adj_1, adj_3);
        // adj: if flags[i, j] != 1:                                                              <L 23>
        // adj: state = wp.rand_init(rng_seed)                                                    <L 22>
        // adj: i, j = wp.tid()                                                                   <L 21>
        // adj: def fractal_noise(                                                                <L 13>
        continue;
    }
}

