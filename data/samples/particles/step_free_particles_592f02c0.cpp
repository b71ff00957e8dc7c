// Warp 1.19.0 cpu code for step_free_particles_592f02c0.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// step_free_particles.py:24
static wp::vec_t<3, wp::float32> direction_between_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // forward
    // def direction_between(a: wp.vec3, b: wp.vec3):                                         <L 25>
    // return wp.normalize(a - b)                                                             <L 26>
    var_0 = wp::sub(var_a, var_b);
    var_1 = wp::normalize(var_0);
    return var_1;
}


// step_free_particles.py:29
static wp::vec_t<3, wp::float32> relative_damping_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> var_n,
    wp::float32 var_kd)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // forward
    // def relative_damping(v: wp.vec3, n: wp.vec3, kd: float):                               <L 30>
    // vn = wp.dot(v, n)                                                                      <L 31>
    var_0 = wp::dot(var_v, var_n);
    // return -kd * vn * n                                                                    <L 32>
    var_1 = wp::neg(var_kd);
    var_2 = wp::mul(var_1, var_0);
    var_3 = wp::mul(var_2, var_n);
    return var_3;
}


// step_free_particles.py:57
static wp::vec_t<3, wp::float32> ground_response_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_restitution,
    wp::float32 var_slip)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 2;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::vec_t<3, wp::float32> var_12;
    //---------
    // forward
    // def ground_response(v: wp.vec3, restitution: float, slip: float) -> wp.vec3:           <L 58>
    // vn = wp.min(v[1], 0.0)                                                                 <L 60>
    var_1 = wp::extract(var_v, var_0);
    var_3 = wp::min(var_1, var_2);
    // return wp.vec3(v[0] * slip, -vn * restitution, v[2] * slip)                            <L 61>
    var_5 = wp::extract(var_v, var_4);
    var_6 = wp::mul(var_5, var_slip);
    var_7 = wp::neg(var_3);
    var_8 = wp::mul(var_7, var_restitution);
    var_10 = wp::extract(var_v, var_9);
    var_11 = wp::mul(var_10, var_slip);
    var_12 = wp::vec_t<3, wp::float32>(var_6, var_8, var_11);
    return var_12;
}


// step_free_particles.py:24
static void adj_direction_between_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> & adj_a,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    //---------
    // forward
    // def direction_between(a: wp.vec3, b: wp.vec3):                                         <L 25>
    // return wp.normalize(a - b)                                                             <L 26>
    var_0 = wp::sub(var_a, var_b);
    var_1 = wp::normalize(var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_normalize(var_0, var_1, adj_0, adj_1);
    wp::adj_sub(var_a, var_b, adj_a, adj_b, adj_0);
    // adj: return wp.normalize(a - b)                                                        <L 26>
    // adj: def direction_between(a: wp.vec3, b: wp.vec3):                                    <L 25>
    return;
}


// step_free_particles.py:29
static void adj_relative_damping_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> var_n,
    wp::float32 var_kd,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::vec_t<3, wp::float32> & adj_n,
    wp::float32 & adj_kd,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    //---------
    // forward
    // def relative_damping(v: wp.vec3, n: wp.vec3, kd: float):                               <L 30>
    // vn = wp.dot(v, n)                                                                      <L 31>
    var_0 = wp::dot(var_v, var_n);
    // return -kd * vn * n                                                                    <L 32>
    var_1 = wp::neg(var_kd);
    var_2 = wp::mul(var_1, var_0);
    var_3 = wp::mul(var_2, var_n);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_mul(var_2, var_n, adj_2, adj_n, adj_3);
    wp::adj_mul(var_1, var_0, adj_1, adj_0, adj_2);
    wp::adj_neg(var_kd, adj_kd, adj_1);
    // adj: return -kd * vn * n                                                               <L 32>
    wp::adj_dot(var_v, var_n, adj_v, adj_n, adj_0);
    // adj: vn = wp.dot(v, n)                                                                 <L 31>
    // adj: def relative_damping(v: wp.vec3, n: wp.vec3, kd: float):                          <L 30>
    return;
}


// step_free_particles.py:57
static void adj_ground_response_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_restitution,
    wp::float32 var_slip,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_restitution,
    wp::float32 & adj_slip,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 2;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::vec_t<3, wp::float32> var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    //---------
    // forward
    // def ground_response(v: wp.vec3, restitution: float, slip: float) -> wp.vec3:           <L 58>
    // vn = wp.min(v[1], 0.0)                                                                 <L 60>
    var_1 = wp::extract(var_v, var_0);
    var_3 = wp::min(var_1, var_2);
    // return wp.vec3(v[0] * slip, -vn * restitution, v[2] * slip)                            <L 61>
    var_5 = wp::extract(var_v, var_4);
    var_6 = wp::mul(var_5, var_slip);
    var_7 = wp::neg(var_3);
    var_8 = wp::mul(var_7, var_restitution);
    var_10 = wp::extract(var_v, var_9);
    var_11 = wp::mul(var_10, var_slip);
    var_12 = wp::vec_t<3, wp::float32>(var_6, var_8, var_11);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_12 += adj_ret;
    wp::adj_vec_t(var_6, var_8, var_11, adj_6, adj_8, adj_11, adj_12);
    wp::adj_mul(var_10, var_slip, adj_10, adj_slip, adj_11);
    wp::adj_extract(var_v, var_9, adj_v, adj_9, adj_10);
    wp::adj_mul(var_7, var_restitution, adj_7, adj_restitution, adj_8);
    wp::adj_neg(var_3, adj_3, adj_7);
    wp::adj_mul(var_5, var_slip, adj_5, adj_slip, adj_6);
    wp::adj_extract(var_v, var_4, adj_v, adj_4, adj_5);
    // adj: return wp.vec3(v[0] * slip, -vn * restitution, v[2] * slip)                       <L 61>
    wp::adj_min(var_1, var_2, adj_1, adj_2, adj_3);
    wp::adj_extract(var_v, var_0, adj_v, adj_0, adj_1);
    // adj: vn = wp.min(v[1], 0.0)                                                            <L 60>
    // adj: def ground_response(v: wp.vec3, restitution: float, slip: float) -> wp.vec3:      <L 58>
    return;
}

struct wp_args_velocity_from_forces_3b9d75fd {
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::float32> damping;
    wp::array_t<wp::float32> inv_masses;
    wp::vec_t<3, wp::float32> belt_velocity;
    wp::float32 delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities_out;
};


template <bool wp_linear_contiguous>
static void velocity_from_forces_3b9d75fd_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_velocity_from_forces_3b9d75fd *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_velocity_from_forces_3b9d75fd wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.damping.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.inv_masses.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.velocities_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_damping = _wp_args->damping;
    wp::array_t<wp::float32> var_inv_masses = _wp_args->inv_masses;
    wp::vec_t<3, wp::float32> var_belt_velocity = _wp_args->belt_velocity;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities_out = _wp_args->velocities_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    //---------
    // forward
    // def velocity_from_forces(                                                              <L 36>
    // tid = wp.tid()                                                                         <L 47>
    var_0 = builtin_tid1d();
    // v = velocities[tid]                                                                    <L 48>
    var_1 = wp::address(var_velocities, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // pos = points[tid]                                                                      <L 49>
    var_4 = wp::address(var_points, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // n = direction_between(pos, positions[tid])                                             <L 50>
    var_7 = wp::address(var_positions, var_0);
    var_9 = wp::load(var_7);
    var_8 = direction_between_0(var_5, var_9);
    // c = damping[tid]                                                                       <L 51>
    var_10 = wp::address(var_damping, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // f_damp = relative_damping(v - belt_velocity, n, c)                                     <L 52>
    var_13 = wp::sub(var_2, var_belt_velocity);
    var_14 = relative_damping_0(var_13, var_8, var_11);
    // inv_m = inv_masses[tid]                                                                <L 53>
    var_15 = wp::address(var_inv_masses, var_0);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // velocities_out[tid] = v + f_damp * (inv_m * delta_time)                                <L 54>
    var_18 = wp::mul(var_16, var_delta_time);
    var_19 = wp::mul(var_14, var_18);
    var_20 = wp::add(var_2, var_19);
    wp::array_store(var_velocities_out, var_0, var_20);
}



template <bool wp_linear_contiguous>
static void velocity_from_forces_3b9d75fd_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_velocity_from_forces_3b9d75fd *_wp_args,
    wp_args_velocity_from_forces_3b9d75fd *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_velocity_from_forces_3b9d75fd wp_contiguous_args;
    wp_args_velocity_from_forces_3b9d75fd wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.damping.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.damping.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.inv_masses.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.inv_masses.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.velocities_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.velocities_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_damping = _wp_args->damping;
    wp::array_t<wp::float32> var_inv_masses = _wp_args->inv_masses;
    wp::vec_t<3, wp::float32> var_belt_velocity = _wp_args->belt_velocity;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities_out = _wp_args->velocities_out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::float32> adj_damping = _wp_adj_args->damping;
    wp::array_t<wp::float32> adj_inv_masses = _wp_adj_args->inv_masses;
    wp::vec_t<3, wp::float32> adj_belt_velocity = _wp_adj_args->belt_velocity;
    wp::float32 adj_delta_time = _wp_adj_args->delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities_out = _wp_adj_args->velocities_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    //---------
    // forward
    // def velocity_from_forces(                                                              <L 36>
    // tid = wp.tid()                                                                         <L 47>
    var_0 = builtin_tid1d();
    // v = velocities[tid]                                                                    <L 48>
    var_1 = wp::address(var_velocities, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // pos = points[tid]                                                                      <L 49>
    var_4 = wp::address(var_points, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // n = direction_between(pos, positions[tid])                                             <L 50>
    var_7 = wp::address(var_positions, var_0);
    var_9 = wp::load(var_7);
    var_8 = direction_between_0(var_5, var_9);
    // c = damping[tid]                                                                       <L 51>
    var_10 = wp::address(var_damping, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // f_damp = relative_damping(v - belt_velocity, n, c)                                     <L 52>
    var_13 = wp::sub(var_2, var_belt_velocity);
    var_14 = relative_damping_0(var_13, var_8, var_11);
    // inv_m = inv_masses[tid]                                                                <L 53>
    var_15 = wp::address(var_inv_masses, var_0);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // velocities_out[tid] = v + f_damp * (inv_m * delta_time)                                <L 54>
    var_18 = wp::mul(var_16, var_delta_time);
    var_19 = wp::mul(var_14, var_18);
    var_20 = wp::add(var_2, var_19);
    // wp::array_store(var_velocities_out, var_0, var_20);
    //---------
    // reverse
    wp::adj_array_store(var_velocities_out, var_0, var_20, adj_velocities_out, adj_0, adj_20);
    wp::adj_add(var_2, var_19, adj_2, adj_19, adj_20);
    wp::adj_mul(var_14, var_18, adj_14, adj_18, adj_19);
    wp::adj_mul(var_16, var_delta_time, adj_16, adj_delta_time, adj_18);
    // adj: velocities_out[tid] = v + f_damp * (inv_m * delta_time)                           <L 54>
    wp::adj_copy(var_17, adj_15, adj_16);
    wp::adj_address(var_inv_masses, var_0, adj_inv_masses, adj_0, adj_15);
    // adj: inv_m = inv_masses[tid]                                                           <L 53>
    adj_relative_damping_0(var_13, var_8, var_11, adj_13, adj_8, adj_11, adj_14);
    wp::adj_sub(var_2, var_belt_velocity, adj_2, adj_belt_velocity, adj_13);
    // adj: f_damp = relative_damping(v - belt_velocity, n, c)                                <L 52>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_damping, var_0, adj_damping, adj_0, adj_10);
    // adj: c = damping[tid]                                                                  <L 51>
    adj_direction_between_0(var_5, var_9, adj_5, adj_7, adj_8);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_7);
    // adj: n = direction_between(pos, positions[tid])                                        <L 50>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_4);
    // adj: pos = points[tid]                                                                 <L 49>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_1);
    // adj: v = velocities[tid]                                                               <L 48>
    // adj: tid = wp.tid()                                                                    <L 47>
    // adj: def velocity_from_forces(                                                         <L 36>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void velocity_from_forces_3b9d75fd_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_velocity_from_forces_3b9d75fd *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        velocity_from_forces_3b9d75fd_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void velocity_from_forces_3b9d75fd_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_velocity_from_forces_3b9d75fd *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->damping.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->inv_masses.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->velocities_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        velocity_from_forces_3b9d75fd_cpu_forward_tasks<true>(dim, _wp_args);
    else
        velocity_from_forces_3b9d75fd_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void velocity_from_forces_3b9d75fd_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_velocity_from_forces_3b9d75fd *_wp_args)
{
    velocity_from_forces_3b9d75fd_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void velocity_from_forces_3b9d75fd_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_velocity_from_forces_3b9d75fd *_wp_args,
    wp_args_velocity_from_forces_3b9d75fd *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        velocity_from_forces_3b9d75fd_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void velocity_from_forces_3b9d75fd_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_velocity_from_forces_3b9d75fd *_wp_args,
    wp_args_velocity_from_forces_3b9d75fd *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->damping.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->damping.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->inv_masses.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->inv_masses.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->velocities_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->velocities_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        velocity_from_forces_3b9d75fd_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        velocity_from_forces_3b9d75fd_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void velocity_from_forces_3b9d75fd_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_velocity_from_forces_3b9d75fd *_wp_args,
    wp_args_velocity_from_forces_3b9d75fd *_wp_adj_args)
{
    velocity_from_forces_3b9d75fd_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_step_free_particles_42df2e37 {
    wp::vec_t<3, wp::float32> gravity_vec;
    wp::float32 delta_time;
    wp::array_t<wp::int32> flags;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
};


template <bool wp_linear_contiguous>
static void step_free_particles_42df2e37_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_free_particles_42df2e37 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_step_free_particles_42df2e37 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::vec_t<3, wp::float32> var_gravity_vec = _wp_args->gravity_vec;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    //---------
    // forward
    // def step_free_particles(                                                               <L 13>
    // tid = wp.tid()                                                                         <L 19>
    var_0 = builtin_tid1d();
    // if (flags[tid] & ParticleFlags.ACTIVE) != 0:                                           <L 20>
    var_1 = wp::address(var_flags, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::bit_and(var_4, var_2);
    var_6 = (var_3 != var_5);
    if (var_6) {
        // velocities[tid] = velocities[tid] + gravity_vec * delta_time                       <L 21>
        var_7 = wp::address(var_velocities, var_0);
        var_8 = wp::mul(var_gravity_vec, var_delta_time);
        var_10 = wp::load(var_7);
        var_9 = wp::add(var_10, var_8);
        wp::array_store(var_velocities, var_0, var_9);
    }
}



template <bool wp_linear_contiguous>
static void step_free_particles_42df2e37_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_free_particles_42df2e37 *_wp_args,
    wp_args_step_free_particles_42df2e37 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_step_free_particles_42df2e37 wp_contiguous_args;
    wp_args_step_free_particles_42df2e37 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::vec_t<3, wp::float32> var_gravity_vec = _wp_args->gravity_vec;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::vec_t<3, wp::float32> adj_gravity_vec = _wp_adj_args->gravity_vec;
    wp::float32 adj_delta_time = _wp_adj_args->delta_time;
    wp::array_t<wp::int32> adj_flags = _wp_adj_args->flags;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    bool adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    //---------
    // forward
    // def step_free_particles(                                                               <L 13>
    // tid = wp.tid()                                                                         <L 19>
    var_0 = builtin_tid1d();
    // if (flags[tid] & ParticleFlags.ACTIVE) != 0:                                           <L 20>
    var_1 = wp::address(var_flags, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::bit_and(var_4, var_2);
    var_6 = (var_3 != var_5);
    if (var_6) {
        // velocities[tid] = velocities[tid] + gravity_vec * delta_time                       <L 21>
        var_7 = wp::address(var_velocities, var_0);
        var_8 = wp::mul(var_gravity_vec, var_delta_time);
        var_10 = wp::load(var_7);
        var_9 = wp::add(var_10, var_8);
        // wp::array_store(var_velocities, var_0, var_9);
    }
    //---------
    // reverse
    if (var_6) {
        wp::adj_array_store(var_velocities, var_0, var_9, adj_velocities, adj_0, adj_9);
        wp::adj_add(var_10, var_8, adj_7, adj_8, adj_9);
        wp::adj_mul(var_gravity_vec, var_delta_time, adj_gravity_vec, adj_delta_time, adj_8);
        wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_7);
        // adj: velocities[tid] = velocities[tid] + gravity_vec * delta_time                  <L 21>
    }
    wp::adj_address(var_flags, var_0, adj_flags, adj_0, adj_1);
    // adj: if (flags[tid] & ParticleFlags.ACTIVE) != 0:                                      <L 20>
    // adj: tid = wp.tid()                                                                    <L 19>
    // adj: def step_free_particles(                                                          <L 13>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void step_free_particles_42df2e37_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_free_particles_42df2e37 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_free_particles_42df2e37_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void step_free_particles_42df2e37_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_free_particles_42df2e37 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        step_free_particles_42df2e37_cpu_forward_tasks<true>(dim, _wp_args);
    else
        step_free_particles_42df2e37_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void step_free_particles_42df2e37_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_free_particles_42df2e37 *_wp_args)
{
    step_free_particles_42df2e37_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void step_free_particles_42df2e37_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_free_particles_42df2e37 *_wp_args,
    wp_args_step_free_particles_42df2e37 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_free_particles_42df2e37_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void step_free_particles_42df2e37_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_free_particles_42df2e37 *_wp_args,
    wp_args_step_free_particles_42df2e37 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        step_free_particles_42df2e37_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        step_free_particles_42df2e37_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void step_free_particles_42df2e37_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_free_particles_42df2e37 *_wp_args,
    wp_args_step_free_particles_42df2e37 *_wp_adj_args)
{
    step_free_particles_42df2e37_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_create_advance_with_history__locals__advance_with_history_857af379 {
    wp::float32 dt;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::array_t<wp::float32> inv_masses;
    wp::array_t<wp::int32> active;
    wp::array_t<wp::vec_t<3, wp::float32>> world_gravity;
    wp::array_t<wp::float32> world_drag;
    wp::array_t<wp::float32> friction_coeffs;
    wp::array_t<wp::vec_t<3, wp::float32>> positions_out;
    wp::array_t<wp::vec_t<3, wp::float32>> v_out;
    wp::array_t<wp::vec_t<3, wp::float32>> trajectory;
    wp::int32 particles_per_world;
    wp::int32 num_worlds;
    wp::int32 step;
    wp::float32 radius;
};


template <bool wp_linear_contiguous>
static void create_advance_with_history__locals__advance_with_history_857af379_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_advance_with_history__locals__advance_with_history_857af379 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::float32> var_inv_masses = _wp_args->inv_masses;
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::vec_t<3, wp::float32>> var_world_gravity = _wp_args->world_gravity;
    wp::array_t<wp::float32> var_world_drag = _wp_args->world_drag;
    wp::array_t<wp::float32> var_friction_coeffs = _wp_args->friction_coeffs;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions_out = _wp_args->positions_out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out = _wp_args->v_out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_trajectory = _wp_args->trajectory;
    wp::int32 var_particles_per_world = _wp_args->particles_per_world;
    wp::int32 var_num_worlds = _wp_args->num_worlds;
    wp::int32 var_step = _wp_args->step;
    wp::float32 var_radius = _wp_args->radius;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    bool var_3;
    wp::int32* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    bool var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32>* var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    const wp::float32 var_25 = 0.0;
    bool var_26;
    const wp::float32 var_27 = 0.0;
    const wp::float32 var_28 = 0.0;
    const wp::float32 var_29 = 0.0;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    const wp::float32 var_32 = 1.0;
    wp::float32* var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::float32 var_37 = 0.0;
    wp::float32 var_38;
    const bool var_39 = true;
    const wp::float32 var_40 = 1.0;
    wp::float32 var_41;
    const wp::int32 var_42 = 0;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::vec_t<3, wp::float32> var_45;
    const bool var_46 = false;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    const bool var_49 = false;
    const bool var_50 = true;
    const wp::int32 var_51 = 1;
    wp::float32 var_52;
    bool var_53;
    const wp::int32 var_54 = 0;
    wp::float32 var_55;
    const wp::int32 var_56 = 2;
    wp::float32 var_57;
    wp::vec_t<3, wp::float32> var_58;
    const wp::float32 var_59 = 0.5;
    wp::vec_t<3, wp::float32> var_60;
    wp::vec_t<3, wp::float32> var_61;
    wp::vec_t<3, wp::float32> var_62;
    const wp::int32 var_63 = 1;
    wp::vec_t<3, wp::float32> var_64;
    wp::vec_t<3, wp::float32> var_65;
    wp::vec_t<3, wp::float32> var_66;
    const bool var_67 = false;
    wp::vec_t<3, wp::float32> var_68;
    wp::vec_t<3, wp::float32> var_69;
    const bool var_70 = false;
    const bool var_71 = true;
    const wp::int32 var_72 = 1;
    wp::float32 var_73;
    bool var_74;
    const wp::int32 var_75 = 0;
    wp::float32 var_76;
    const wp::int32 var_77 = 2;
    wp::float32 var_78;
    wp::vec_t<3, wp::float32> var_79;
    const wp::float32 var_80 = 0.5;
    wp::vec_t<3, wp::float32> var_81;
    wp::vec_t<3, wp::float32> var_82;
    wp::vec_t<3, wp::float32> var_83;
    const wp::int32 var_84 = 2;
    wp::vec_t<3, wp::float32> var_85;
    wp::vec_t<3, wp::float32> var_86;
    wp::vec_t<3, wp::float32> var_87;
    const bool var_88 = false;
    wp::vec_t<3, wp::float32> var_89;
    wp::vec_t<3, wp::float32> var_90;
    const bool var_91 = false;
    const bool var_92 = true;
    const wp::int32 var_93 = 1;
    wp::float32 var_94;
    bool var_95;
    const wp::int32 var_96 = 0;
    wp::float32 var_97;
    const wp::int32 var_98 = 2;
    wp::float32 var_99;
    wp::vec_t<3, wp::float32> var_100;
    const wp::float32 var_101 = 0.5;
    wp::vec_t<3, wp::float32> var_102;
    wp::vec_t<3, wp::float32> var_103;
    wp::vec_t<3, wp::float32> var_104;
    const wp::int32 var_105 = 3;
    wp::vec_t<3, wp::float32> var_106;
    wp::vec_t<3, wp::float32> var_107;
    wp::vec_t<3, wp::float32> var_108;
    const bool var_109 = false;
    wp::vec_t<3, wp::float32> var_110;
    wp::vec_t<3, wp::float32> var_111;
    const bool var_112 = false;
    const bool var_113 = true;
    const wp::int32 var_114 = 1;
    wp::float32 var_115;
    bool var_116;
    const wp::int32 var_117 = 0;
    wp::float32 var_118;
    const wp::int32 var_119 = 2;
    wp::float32 var_120;
    wp::vec_t<3, wp::float32> var_121;
    const wp::float32 var_122 = 0.5;
    wp::vec_t<3, wp::float32> var_123;
    wp::vec_t<3, wp::float32> var_124;
    wp::vec_t<3, wp::float32> var_125;
    const wp::int32 var_126 = 4;
    wp::vec_t<3, wp::float32> var_127;
    wp::vec_t<3, wp::float32> var_128;
    wp::vec_t<3, wp::float32> var_129;
    const bool var_130 = false;
    wp::vec_t<3, wp::float32> var_131;
    wp::vec_t<3, wp::float32> var_132;
    const bool var_133 = false;
    const bool var_134 = true;
    const wp::int32 var_135 = 1;
    wp::float32 var_136;
    bool var_137;
    const wp::int32 var_138 = 0;
    wp::float32 var_139;
    const wp::int32 var_140 = 2;
    wp::float32 var_141;
    wp::vec_t<3, wp::float32> var_142;
    const wp::float32 var_143 = 0.5;
    wp::vec_t<3, wp::float32> var_144;
    wp::vec_t<3, wp::float32> var_145;
    wp::vec_t<3, wp::float32> var_146;
    const wp::int32 var_147 = 5;
    wp::vec_t<3, wp::float32> var_148;
    wp::vec_t<3, wp::float32> var_149;
    wp::vec_t<3, wp::float32> var_150;
    const bool var_151 = false;
    wp::vec_t<3, wp::float32> var_152;
    wp::vec_t<3, wp::float32> var_153;
    const bool var_154 = false;
    const bool var_155 = true;
    const wp::int32 var_156 = 1;
    wp::float32 var_157;
    bool var_158;
    const wp::int32 var_159 = 0;
    wp::float32 var_160;
    const wp::int32 var_161 = 2;
    wp::float32 var_162;
    wp::vec_t<3, wp::float32> var_163;
    const wp::float32 var_164 = 0.5;
    wp::vec_t<3, wp::float32> var_165;
    wp::vec_t<3, wp::float32> var_166;
    wp::vec_t<3, wp::float32> var_167;
    const wp::int32 var_168 = 6;
    wp::vec_t<3, wp::float32> var_169;
    wp::vec_t<3, wp::float32> var_170;
    wp::vec_t<3, wp::float32> var_171;
    const bool var_172 = false;
    wp::vec_t<3, wp::float32> var_173;
    wp::vec_t<3, wp::float32> var_174;
    const bool var_175 = false;
    const bool var_176 = true;
    const wp::int32 var_177 = 1;
    wp::float32 var_178;
    bool var_179;
    const wp::int32 var_180 = 0;
    wp::float32 var_181;
    const wp::int32 var_182 = 2;
    wp::float32 var_183;
    wp::vec_t<3, wp::float32> var_184;
    const wp::float32 var_185 = 0.5;
    wp::vec_t<3, wp::float32> var_186;
    wp::vec_t<3, wp::float32> var_187;
    wp::vec_t<3, wp::float32> var_188;
    const wp::int32 var_189 = 7;
    wp::vec_t<3, wp::float32> var_190;
    wp::vec_t<3, wp::float32> var_191;
    wp::vec_t<3, wp::float32> var_192;
    const bool var_193 = false;
    wp::vec_t<3, wp::float32> var_194;
    wp::vec_t<3, wp::float32> var_195;
    const bool var_196 = false;
    const bool var_197 = true;
    const wp::int32 var_198 = 1;
    wp::float32 var_199;
    bool var_200;
    const wp::int32 var_201 = 0;
    wp::float32 var_202;
    const wp::int32 var_203 = 2;
    wp::float32 var_204;
    wp::vec_t<3, wp::float32> var_205;
    const wp::float32 var_206 = 0.5;
    wp::vec_t<3, wp::float32> var_207;
    wp::vec_t<3, wp::float32> var_208;
    wp::vec_t<3, wp::float32> var_209;
    const wp::int32 var_210 = 32;
    wp::int32 var_211;
    //---------
    // forward
    // def advance_with_history(                                                              <L 66>
    // tid = wp.tid()                                                                         <L 83>
    var_0 = builtin_tid1d();
    // world = tid // particles_per_world                                                     <L 84>
    var_1 = wp::floordiv(var_0, var_particles_per_world);
    // i = tid % particles_per_world                                                          <L 85>
    var_2 = wp::mod(var_0, var_particles_per_world);
    // if world >= num_worlds:                                                                <L 86>
    var_3 = (var_1 >= var_num_worlds);
    if (var_3) {
        // return                                                                             <L 87>
        return;
    }
    // if (active[tid] & PARTICLE_FLAG_ACTIVE) == 0:                                          <L 88>
    var_4 = wp::address(var_active, var_0);
    var_7 = wp::load(var_4);
    var_6 = wp::bit_and(var_7, var_5);
    var_9 = (var_6 == var_8);
    if (var_9) {
        // return                                                                             <L 89>
        return;
    }
    // friction = friction_coeffs[tid]                                                        <L 90>
    var_10 = wp::address(var_friction_coeffs, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // q = x[tid]                                                                             <L 91>
    var_13 = wp::address(var_x, var_0);
    var_15 = wp::load(var_13);
    var_14 = wp::copy(var_15);
    // qd = particle_v[tid]                                                                   <L 92>
    var_16 = wp::address(var_particle_v, var_0);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    // w = inv_masses[tid]                                                                    <L 93>
    var_19 = wp::address(var_inv_masses, var_0);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // a = world_gravity[world]                                                               <L 94>
    var_22 = wp::address(var_world_gravity, var_1);
    var_24 = wp::load(var_22);
    var_23 = wp::copy(var_24);
    // if w == 0.0:                                                                           <L 95>
    var_26 = (var_20 == var_25);
    if (var_26) {
        // a = wp.vec3(0.0, 0.0, 0.0)                                                         <L 96>
        var_30 = wp::vec_t<3, wp::float32>(var_27, var_28, var_29);
    }
    var_31 = wp::where(var_26, var_30, var_23);
    // damp = wp.max(1.0 - world_drag[world] * dt, 0.0)                                       <L 97>
    var_33 = wp::address(var_world_drag, var_1);
    var_35 = wp::load(var_33);
    var_34 = wp::mul(var_35, var_dt);
    var_36 = wp::sub(var_32, var_34);
    var_38 = wp::max(var_36, var_37);
    // if wp.static(ground):                                                                  <L 98>
    // slip = 1.0 - friction                                                                  <L 99>
    var_41 = wp::sub(var_40, var_11);
    // for _s in range(SUBSTEPS):                                                             <L 100>
    // qd = (qd + a * dt) * damp                                                              <L 101>
    var_43 = wp::mul(var_31, var_dt);
    var_44 = wp::add(var_17, var_43);
    var_45 = wp::mul(var_44, var_38);
    // if wp.static(max_speed > 0.0):                                                         <L 102>
    // q = q + qd * dt                                                                        <L 106>
    var_47 = wp::mul(var_45, var_dt);
    var_48 = wp::add(var_14, var_47);
    // if wp.static(half_width > 0.0):                                                        <L 107>
    // if wp.static(ground):                                                                  <L 111>
    // if q[1] < radius:                                                                      <L 112>
    var_52 = wp::extract(var_48, var_51);
    var_53 = (var_52 < var_radius);
    if (var_53) {
        // q = wp.vec3(q[0], radius, q[2])                                                    <L 113>
        var_55 = wp::extract(var_48, var_54);
        var_57 = wp::extract(var_48, var_56);
        var_58 = wp::vec_t<3, wp::float32>(var_55, var_radius, var_57);
        // qd = ground_response(qd, 0.5, slip)                                                <L 114>
        var_60 = ground_response_0(var_45, var_59, var_41);
    }
    var_61 = wp::where(var_53, var_58, var_48);
    var_62 = wp::where(var_53, var_60, var_45);
    // qd = (qd + a * dt) * damp                                                              <L 101>
    var_64 = wp::mul(var_31, var_dt);
    var_65 = wp::add(var_62, var_64);
    var_66 = wp::mul(var_65, var_38);
    // if wp.static(max_speed > 0.0):                                                         <L 102>
    // q = q + qd * dt                                                                        <L 106>
    var_68 = wp::mul(var_66, var_dt);
    var_69 = wp::add(var_61, var_68);
    // if wp.static(half_width > 0.0):                                                        <L 107>
    // if wp.static(ground):                                                                  <L 111>
    // if q[1] < radius:                                                                      <L 112>
    var_73 = wp::extract(var_69, var_72);
    var_74 = (var_73 < var_radius);
    if (var_74) {
        // q = wp.vec3(q[0], radius, q[2])                                                    <L 113>
        var_76 = wp::extract(var_69, var_75);
        var_78 = wp::extract(var_69, var_77);
        var_79 = wp::vec_t<3, wp::float32>(var_76, var_radius, var_78);
        // qd = ground_response(qd, 0.5, slip)                                                <L 114>
        var_81 = ground_response_0(var_66, var_80, var_41);
    }
    var_82 = wp::where(var_74, var_79, var_69);
    var_83 = wp::where(var_74, var_81, var_66);
    // qd = (qd + a * dt) * damp                                                              <L 101>
    var_85 = wp::mul(var_31, var_dt);
    var_86 = wp::add(var_83, var_85);
    var_87 = wp::mul(var_86, var_38);
    // if wp.static(max_speed > 0.0):                                                         <L 102>
    // q = q + qd * dt                                                                        <L 106>
    var_89 = wp::mul(var_87, var_dt);
    var_90 = wp::add(var_82, var_89);
    // if wp.static(half_width > 0.0):                                                        <L 107>
    // if wp.static(ground):                                                                  <L 111>
    // if q[1] < radius:                                                                      <L 112>
    var_94 = wp::extract(var_90, var_93);
    var_95 = (var_94 < var_radius);
    if (var_95) {
        // q = wp.vec3(q[0], radius, q[2])                                                    <L 113>
        var_97 = wp::extract(var_90, var_96);
        var_99 = wp::extract(var_90, var_98);
        var_100 = wp::vec_t<3, wp::float32>(var_97, var_radius, var_99);
        // qd = ground_response(qd, 0.5, slip)                                                <L 114>
        var_102 = ground_response_0(var_87, var_101, var_41);
    }
    var_103 = wp::where(var_95, var_100, var_90);
    var_104 = wp::where(var_95, var_102, var_87);
    // qd = (qd + a * dt) * damp                                                              <L 101>
    var_106 = wp::mul(var_31, var_dt);
    var_107 = wp::add(var_104, var_106);
    var_108 = wp::mul(var_107, var_38);
    // if wp.static(max_speed > 0.0):                                                         <L 102>
    // q = q + qd * dt                                                                        <L 106>
    var_110 = wp::mul(var_108, var_dt);
    var_111 = wp::add(var_103, var_110);
    // if wp.static(half_width > 0.0):                                                        <L 107>
    // if wp.static(ground):                                                                  <L 111>
    // if q[1] < radius:                                                                      <L 112>
    var_115 = wp::extract(var_111, var_114);
    var_116 = (var_115 < var_radius);
    if (var_116) {
        // q = wp.vec3(q[0], radius, q[2])                                                    <L 113>
        var_118 = wp::extract(var_111, var_117);
        var_120 = wp::extract(var_111, var_119);
        var_121 = wp::vec_t<3, wp::float32>(var_118, var_radius, var_120);
        // qd = ground_response(qd, 0.5, slip)                                                <L 114>
        var_123 = ground_response_0(var_108, var_122, var_41);
    }
    var_124 = wp::where(var_116, var_121, var_111);
    var_125 = wp::where(var_116, var_123, var_108);
    // qd = (qd + a * dt) * damp                                                              <L 101>
    var_127 = wp::mul(var_31, var_dt);
    var_128 = wp::add(var_125, var_127);
    var_129 = wp::mul(var_128, var_38);
    // if wp.static(max_speed > 0.0):                                                         <L 102>
    // q = q + qd * dt                                                                        <L 106>
    var_131 = wp::mul(var_129, var_dt);
    var_132 = wp::add(var_124, var_131);
    // if wp.static(half_width > 0.0):                                                        <L 107>
    // if wp.static(ground):                                                                  <L 111>
    // if q[1] < radius:                                                                      <L 112>
    var_136 = wp::extract(var_132, var_135);
    var_137 = (var_136 < var_radius);
    if (var_137) {
        // q = wp.vec3(q[0], radius, q[2])                                                    <L 113>
        var_139 = wp::extract(var_132, var_138);
        var_141 = wp::extract(var_132, var_140);
        var_142 = wp::vec_t<3, wp::float32>(var_139, var_radius, var_141);
        // qd = ground_response(qd, 0.5, slip)                                                <L 114>
        var_144 = ground_response_0(var_129, var_143, var_41);
    }
    var_145 = wp::where(var_137, var_142, var_132);
    var_146 = wp::where(var_137, var_144, var_129);
    // qd = (qd + a * dt) * damp                                                              <L 101>
    var_148 = wp::mul(var_31, var_dt);
    var_149 = wp::add(var_146, var_148);
    var_150 = wp::mul(var_149, var_38);
    // if wp.static(max_speed > 0.0):                                                         <L 102>
    // q = q + qd * dt                                                                        <L 106>
    var_152 = wp::mul(var_150, var_dt);
    var_153 = wp::add(var_145, var_152);
    // if wp.static(half_width > 0.0):                                                        <L 107>
    // if wp.static(ground):                                                                  <L 111>
    // if q[1] < radius:                                                                      <L 112>
    var_157 = wp::extract(var_153, var_156);
    var_158 = (var_157 < var_radius);
    if (var_158) {
        // q = wp.vec3(q[0], radius, q[2])                                                    <L 113>
        var_160 = wp::extract(var_153, var_159);
        var_162 = wp::extract(var_153, var_161);
        var_163 = wp::vec_t<3, wp::float32>(var_160, var_radius, var_162);
        // qd = ground_response(qd, 0.5, slip)                                                <L 114>
        var_165 = ground_response_0(var_150, var_164, var_41);
    }
    var_166 = wp::where(var_158, var_163, var_153);
    var_167 = wp::where(var_158, var_165, var_150);
    // qd = (qd + a * dt) * damp                                                              <L 101>
    var_169 = wp::mul(var_31, var_dt);
    var_170 = wp::add(var_167, var_169);
    var_171 = wp::mul(var_170, var_38);
    // if wp.static(max_speed > 0.0):                                                         <L 102>
    // q = q + qd * dt                                                                        <L 106>
    var_173 = wp::mul(var_171, var_dt);
    var_174 = wp::add(var_166, var_173);
    // if wp.static(half_width > 0.0):                                                        <L 107>
    // if wp.static(ground):                                                                  <L 111>
    // if q[1] < radius:                                                                      <L 112>
    var_178 = wp::extract(var_174, var_177);
    var_179 = (var_178 < var_radius);
    if (var_179) {
        // q = wp.vec3(q[0], radius, q[2])                                                    <L 113>
        var_181 = wp::extract(var_174, var_180);
        var_183 = wp::extract(var_174, var_182);
        var_184 = wp::vec_t<3, wp::float32>(var_181, var_radius, var_183);
        // qd = ground_response(qd, 0.5, slip)                                                <L 114>
        var_186 = ground_response_0(var_171, var_185, var_41);
    }
    var_187 = wp::where(var_179, var_184, var_174);
    var_188 = wp::where(var_179, var_186, var_171);
    // qd = (qd + a * dt) * damp                                                              <L 101>
    var_190 = wp::mul(var_31, var_dt);
    var_191 = wp::add(var_188, var_190);
    var_192 = wp::mul(var_191, var_38);
    // if wp.static(max_speed > 0.0):                                                         <L 102>
    // q = q + qd * dt                                                                        <L 106>
    var_194 = wp::mul(var_192, var_dt);
    var_195 = wp::add(var_187, var_194);
    // if wp.static(half_width > 0.0):                                                        <L 107>
    // if wp.static(ground):                                                                  <L 111>
    // if q[1] < radius:                                                                      <L 112>
    var_199 = wp::extract(var_195, var_198);
    var_200 = (var_199 < var_radius);
    if (var_200) {
        // q = wp.vec3(q[0], radius, q[2])                                                    <L 113>
        var_202 = wp::extract(var_195, var_201);
        var_204 = wp::extract(var_195, var_203);
        var_205 = wp::vec_t<3, wp::float32>(var_202, var_radius, var_204);
        // qd = ground_response(qd, 0.5, slip)                                                <L 114>
        var_207 = ground_response_0(var_192, var_206, var_41);
    }
    var_208 = wp::where(var_200, var_205, var_195);
    var_209 = wp::where(var_200, var_207, var_192);
    // positions_out[tid] = q                                                                 <L 115>
    wp::array_store(var_positions_out, var_0, var_208);
    // v_out[tid] = qd                                                                        <L 116>
    wp::array_store(var_v_out, var_0, var_209);
    // slot = step % history                                                                  <L 117>
    var_211 = wp::mod(var_step, var_210);
    // trajectory[world, slot, i] = q                                                         <L 118>
    wp::array_store(var_trajectory, var_1, var_211, var_2, var_208);
}



template <bool wp_linear_contiguous>
static void create_advance_with_history__locals__advance_with_history_857af379_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_advance_with_history__locals__advance_with_history_857af379 *_wp_args,
    wp_args_create_advance_with_history__locals__advance_with_history_857af379 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::float32> var_inv_masses = _wp_args->inv_masses;
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::vec_t<3, wp::float32>> var_world_gravity = _wp_args->world_gravity;
    wp::array_t<wp::float32> var_world_drag = _wp_args->world_drag;
    wp::array_t<wp::float32> var_friction_coeffs = _wp_args->friction_coeffs;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions_out = _wp_args->positions_out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out = _wp_args->v_out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_trajectory = _wp_args->trajectory;
    wp::int32 var_particles_per_world = _wp_args->particles_per_world;
    wp::int32 var_num_worlds = _wp_args->num_worlds;
    wp::int32 var_step = _wp_args->step;
    wp::float32 var_radius = _wp_args->radius;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::array_t<wp::float32> adj_inv_masses = _wp_adj_args->inv_masses;
    wp::array_t<wp::int32> adj_active = _wp_adj_args->active;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_world_gravity = _wp_adj_args->world_gravity;
    wp::array_t<wp::float32> adj_world_drag = _wp_adj_args->world_drag;
    wp::array_t<wp::float32> adj_friction_coeffs = _wp_adj_args->friction_coeffs;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions_out = _wp_adj_args->positions_out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v_out = _wp_adj_args->v_out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_trajectory = _wp_adj_args->trajectory;
    wp::int32 adj_particles_per_world = _wp_adj_args->particles_per_world;
    wp::int32 adj_num_worlds = _wp_adj_args->num_worlds;
    wp::int32 adj_step = _wp_adj_args->step;
    wp::float32 adj_radius = _wp_adj_args->radius;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    bool var_3;
    wp::int32* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    bool var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32>* var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    const wp::float32 var_25 = 0.0;
    bool var_26;
    const wp::float32 var_27 = 0.0;
    const wp::float32 var_28 = 0.0;
    const wp::float32 var_29 = 0.0;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    const wp::float32 var_32 = 1.0;
    wp::float32* var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::float32 var_37 = 0.0;
    wp::float32 var_38;
    const bool var_39 = true;
    const wp::float32 var_40 = 1.0;
    wp::float32 var_41;
    const wp::int32 var_42 = 0;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::vec_t<3, wp::float32> var_45;
    const bool var_46 = false;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    const bool var_49 = false;
    const bool var_50 = true;
    const wp::int32 var_51 = 1;
    wp::float32 var_52;
    bool var_53;
    const wp::int32 var_54 = 0;
    wp::float32 var_55;
    const wp::int32 var_56 = 2;
    wp::float32 var_57;
    wp::vec_t<3, wp::float32> var_58;
    const wp::float32 var_59 = 0.5;
    wp::vec_t<3, wp::float32> var_60;
    wp::vec_t<3, wp::float32> var_61;
    wp::vec_t<3, wp::float32> var_62;
    const wp::int32 var_63 = 1;
    wp::vec_t<3, wp::float32> var_64;
    wp::vec_t<3, wp::float32> var_65;
    wp::vec_t<3, wp::float32> var_66;
    const bool var_67 = false;
    wp::vec_t<3, wp::float32> var_68;
    wp::vec_t<3, wp::float32> var_69;
    const bool var_70 = false;
    const bool var_71 = true;
    const wp::int32 var_72 = 1;
    wp::float32 var_73;
    bool var_74;
    const wp::int32 var_75 = 0;
    wp::float32 var_76;
    const wp::int32 var_77 = 2;
    wp::float32 var_78;
    wp::vec_t<3, wp::float32> var_79;
    const wp::float32 var_80 = 0.5;
    wp::vec_t<3, wp::float32> var_81;
    wp::vec_t<3, wp::float32> var_82;
    wp::vec_t<3, wp::float32> var_83;
    const wp::int32 var_84 = 2;
    wp::vec_t<3, wp::float32> var_85;
    wp::vec_t<3, wp::float32> var_86;
    wp::vec_t<3, wp::float32> var_87;
    const bool var_88 = false;
    wp::vec_t<3, wp::float32> var_89;
    wp::vec_t<3, wp::float32> var_90;
    const bool var_91 = false;
    const bool var_92 = true;
    const wp::int32 var_93 = 1;
    wp::float32 var_94;
    bool var_95;
    const wp::int32 var_96 = 0;
    wp::float32 var_97;
    const wp::int32 var_98 = 2;
    wp::float32 var_99;
    wp::vec_t<3, wp::float32> var_100;
    const wp::float32 var_101 = 0.5;
    wp::vec_t<3, wp::float32> var_102;
    wp::vec_t<3, wp::float32> var_103;
    wp::vec_t<3, wp::float32> var_104;
    const wp::int32 var_105 = 3;
    wp::vec_t<3, wp::float32> var_106;
    wp::vec_t<3, wp::float32> var_107;
    wp::vec_t<3, wp::float32> var_108;
    const bool var_109 = false;
    wp::vec_t<3, wp::float32> var_110;
    wp::vec_t<3, wp::float32> var_111;
    const bool var_112 = false;
    const bool var_113 = true;
    const wp::int32 var_114 = 1;
    wp::float32 var_115;
    bool var_116;
    const wp::int32 var_117 = 0;
    wp::float32 var_118;
    const wp::int32 var_119 = 2;
    wp::float32 var_120;
    wp::vec_t<3, wp::float32> var_121;
    const wp::float32 var_122 = 0.5;
    wp::vec_t<3, wp::float32> var_123;
    wp::vec_t<3, wp::float32> var_124;
    wp::vec_t<3, wp::float32> var_125;
    const wp::int32 var_126 = 4;
    wp::vec_t<3, wp::float32> var_127;
    wp::vec_t<3, wp::float32> var_128;
    wp::vec_t<3, wp::float32> var_129;
    const bool var_130 = false;
    wp::vec_t<3, wp::float32> var_131;
    wp::vec_t<3, wp::float32> var_132;
    const bool var_133 = false;
    const bool var_134 = true;
    const wp::int32 var_135 = 1;
    wp::float32 var_136;
    bool var_137;
    const wp::int32 var_138 = 0;
    wp::float32 var_139;
    const wp::int32 var_140 = 2;
    wp::float32 var_141;
    wp::vec_t<3, wp::float32> var_142;
    const wp::float32 var_143 = 0.5;
    wp::vec_t<3, wp::float32> var_144;
    wp::vec_t<3, wp::float32> var_145;
    wp::vec_t<3, wp::float32> var_146;
    const wp::int32 var_147 = 5;
    wp::vec_t<3, wp::float32> var_148;
    wp::vec_t<3, wp::float32> var_149;
    wp::vec_t<3, wp::float32> var_150;
    const bool var_151 = false;
    wp::vec_t<3, wp::float32> var_152;
    wp::vec_t<3, wp::float32> var_153;
    const bool var_154 = false;
    const bool var_155 = true;
    const wp::int32 var_156 = 1;
    wp::float32 var_157;
    bool var_158;
    const wp::int32 var_159 = 0;
    wp::float32 var_160;
    const wp::int32 var_161 = 2;
    wp::float32 var_162;
    wp::vec_t<3, wp::float32> var_163;
    const wp::float32 var_164 = 0.5;
    wp::vec_t<3, wp::float32> var_165;
    wp::vec_t<3, wp::float32> var_166;
    wp::vec_t<3, wp::float32> var_167;
    const wp::int32 var_168 = 6;
    wp::vec_t<3, wp::float32> var_169;
    wp::vec_t<3, wp::float32> var_170;
    wp::vec_t<3, wp::float32> var_171;
    const bool var_172 = false;
    wp::vec_t<3, wp::float32> var_173;
    wp::vec_t<3, wp::float32> var_174;
    const bool var_175 = false;
    const bool var_176 = true;
    const wp::int32 var_177 = 1;
    wp::float32 var_178;
    bool var_179;
    const wp::int32 var_180 = 0;
    wp::float32 var_181;
    const wp::int32 var_182 = 2;
    wp::float32 var_183;
    wp::vec_t<3, wp::float32> var_184;
    const wp::float32 var_185 = 0.5;
    wp::vec_t<3, wp::float32> var_186;
    wp::vec_t<3, wp::float32> var_187;
    wp::vec_t<3, wp::float32> var_188;
    const wp::int32 var_189 = 7;
    wp::vec_t<3, wp::float32> var_190;
    wp::vec_t<3, wp::float32> var_191;
    wp::vec_t<3, wp::float32> var_192;
    const bool var_193 = false;
    wp::vec_t<3, wp::float32> var_194;
    wp::vec_t<3, wp::float32> var_195;
    const bool var_196 = false;
    const bool var_197 = true;
    const wp::int32 var_198 = 1;
    wp::float32 var_199;
    bool var_200;
    const wp::int32 var_201 = 0;
    wp::float32 var_202;
    const wp::int32 var_203 = 2;
    wp::float32 var_204;
    wp::vec_t<3, wp::float32> var_205;
    const wp::float32 var_206 = 0.5;
    wp::vec_t<3, wp::float32> var_207;
    wp::vec_t<3, wp::float32> var_208;
    wp::vec_t<3, wp::float32> var_209;
    const wp::int32 var_210 = 32;
    wp::int32 var_211;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    bool adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::float32 adj_25 = {};
    bool adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    bool adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    wp::vec_t<3, wp::float32> adj_44 = {};
    wp::vec_t<3, wp::float32> adj_45 = {};
    bool adj_46 = {};
    wp::vec_t<3, wp::float32> adj_47 = {};
    wp::vec_t<3, wp::float32> adj_48 = {};
    bool adj_49 = {};
    bool adj_50 = {};
    wp::int32 adj_51 = {};
    wp::float32 adj_52 = {};
    bool adj_53 = {};
    wp::int32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::vec_t<3, wp::float32> adj_58 = {};
    wp::float32 adj_59 = {};
    wp::vec_t<3, wp::float32> adj_60 = {};
    wp::vec_t<3, wp::float32> adj_61 = {};
    wp::vec_t<3, wp::float32> adj_62 = {};
    wp::int32 adj_63 = {};
    wp::vec_t<3, wp::float32> adj_64 = {};
    wp::vec_t<3, wp::float32> adj_65 = {};
    wp::vec_t<3, wp::float32> adj_66 = {};
    bool adj_67 = {};
    wp::vec_t<3, wp::float32> adj_68 = {};
    wp::vec_t<3, wp::float32> adj_69 = {};
    bool adj_70 = {};
    bool adj_71 = {};
    wp::int32 adj_72 = {};
    wp::float32 adj_73 = {};
    bool adj_74 = {};
    wp::int32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::int32 adj_77 = {};
    wp::float32 adj_78 = {};
    wp::vec_t<3, wp::float32> adj_79 = {};
    wp::float32 adj_80 = {};
    wp::vec_t<3, wp::float32> adj_81 = {};
    wp::vec_t<3, wp::float32> adj_82 = {};
    wp::vec_t<3, wp::float32> adj_83 = {};
    wp::int32 adj_84 = {};
    wp::vec_t<3, wp::float32> adj_85 = {};
    wp::vec_t<3, wp::float32> adj_86 = {};
    wp::vec_t<3, wp::float32> adj_87 = {};
    bool adj_88 = {};
    wp::vec_t<3, wp::float32> adj_89 = {};
    wp::vec_t<3, wp::float32> adj_90 = {};
    bool adj_91 = {};
    bool adj_92 = {};
    wp::int32 adj_93 = {};
    wp::float32 adj_94 = {};
    bool adj_95 = {};
    wp::int32 adj_96 = {};
    wp::float32 adj_97 = {};
    wp::int32 adj_98 = {};
    wp::float32 adj_99 = {};
    wp::vec_t<3, wp::float32> adj_100 = {};
    wp::float32 adj_101 = {};
    wp::vec_t<3, wp::float32> adj_102 = {};
    wp::vec_t<3, wp::float32> adj_103 = {};
    wp::vec_t<3, wp::float32> adj_104 = {};
    wp::int32 adj_105 = {};
    wp::vec_t<3, wp::float32> adj_106 = {};
    wp::vec_t<3, wp::float32> adj_107 = {};
    wp::vec_t<3, wp::float32> adj_108 = {};
    bool adj_109 = {};
    wp::vec_t<3, wp::float32> adj_110 = {};
    wp::vec_t<3, wp::float32> adj_111 = {};
    bool adj_112 = {};
    bool adj_113 = {};
    wp::int32 adj_114 = {};
    wp::float32 adj_115 = {};
    bool adj_116 = {};
    wp::int32 adj_117 = {};
    wp::float32 adj_118 = {};
    wp::int32 adj_119 = {};
    wp::float32 adj_120 = {};
    wp::vec_t<3, wp::float32> adj_121 = {};
    wp::float32 adj_122 = {};
    wp::vec_t<3, wp::float32> adj_123 = {};
    wp::vec_t<3, wp::float32> adj_124 = {};
    wp::vec_t<3, wp::float32> adj_125 = {};
    wp::int32 adj_126 = {};
    wp::vec_t<3, wp::float32> adj_127 = {};
    wp::vec_t<3, wp::float32> adj_128 = {};
    wp::vec_t<3, wp::float32> adj_129 = {};
    bool adj_130 = {};
    wp::vec_t<3, wp::float32> adj_131 = {};
    wp::vec_t<3, wp::float32> adj_132 = {};
    bool adj_133 = {};
    bool adj_134 = {};
    wp::int32 adj_135 = {};
    wp::float32 adj_136 = {};
    bool adj_137 = {};
    wp::int32 adj_138 = {};
    wp::float32 adj_139 = {};
    wp::int32 adj_140 = {};
    wp::float32 adj_141 = {};
    wp::vec_t<3, wp::float32> adj_142 = {};
    wp::float32 adj_143 = {};
    wp::vec_t<3, wp::float32> adj_144 = {};
    wp::vec_t<3, wp::float32> adj_145 = {};
    wp::vec_t<3, wp::float32> adj_146 = {};
    wp::int32 adj_147 = {};
    wp::vec_t<3, wp::float32> adj_148 = {};
    wp::vec_t<3, wp::float32> adj_149 = {};
    wp::vec_t<3, wp::float32> adj_150 = {};
    bool adj_151 = {};
    wp::vec_t<3, wp::float32> adj_152 = {};
    wp::vec_t<3, wp::float32> adj_153 = {};
    bool adj_154 = {};
    bool adj_155 = {};
    wp::int32 adj_156 = {};
    wp::float32 adj_157 = {};
    bool adj_158 = {};
    wp::int32 adj_159 = {};
    wp::float32 adj_160 = {};
    wp::int32 adj_161 = {};
    wp::float32 adj_162 = {};
    wp::vec_t<3, wp::float32> adj_163 = {};
    wp::float32 adj_164 = {};
    wp::vec_t<3, wp::float32> adj_165 = {};
    wp::vec_t<3, wp::float32> adj_166 = {};
    wp::vec_t<3, wp::float32> adj_167 = {};
    wp::int32 adj_168 = {};
    wp::vec_t<3, wp::float32> adj_169 = {};
    wp::vec_t<3, wp::float32> adj_170 = {};
    wp::vec_t<3, wp::float32> adj_171 = {};
    bool adj_172 = {};
    wp::vec_t<3, wp::float32> adj_173 = {};
    wp::vec_t<3, wp::float32> adj_174 = {};
    bool adj_175 = {};
    bool adj_176 = {};
    wp::int32 adj_177 = {};
    wp::float32 adj_178 = {};
    bool adj_179 = {};
    wp::int32 adj_180 = {};
    wp::float32 adj_181 = {};
    wp::int32 adj_182 = {};
    wp::float32 adj_183 = {};
    wp::vec_t<3, wp::float32> adj_184 = {};
    wp::float32 adj_185 = {};
    wp::vec_t<3, wp::float32> adj_186 = {};
    wp::vec_t<3, wp::float32> adj_187 = {};
    wp::vec_t<3, wp::float32> adj_188 = {};
    wp::int32 adj_189 = {};
    wp::vec_t<3, wp::float32> adj_190 = {};
    wp::vec_t<3, wp::float32> adj_191 = {};
    wp::vec_t<3, wp::float32> adj_192 = {};
    bool adj_193 = {};
    wp::vec_t<3, wp::float32> adj_194 = {};
    wp::vec_t<3, wp::float32> adj_195 = {};
    bool adj_196 = {};
    bool adj_197 = {};
    wp::int32 adj_198 = {};
    wp::float32 adj_199 = {};
    bool adj_200 = {};
    wp::int32 adj_201 = {};
    wp::float32 adj_202 = {};
    wp::int32 adj_203 = {};
    wp::float32 adj_204 = {};
    wp::vec_t<3, wp::float32> adj_205 = {};
    wp::float32 adj_206 = {};
    wp::vec_t<3, wp::float32> adj_207 = {};
    wp::vec_t<3, wp::float32> adj_208 = {};
    wp::vec_t<3, wp::float32> adj_209 = {};
    wp::int32 adj_210 = {};
    wp::int32 adj_211 = {};
    //---------
    // forward
    // def advance_with_history(                                                              <L 66>
    // tid = wp.tid()                                                                         <L 83>
    var_0 = builtin_tid1d();
    // world = tid // particles_per_world                                                     <L 84>
    var_1 = wp::floordiv(var_0, var_particles_per_world);
    // i = tid % particles_per_world                                                          <L 85>
    var_2 = wp::mod(var_0, var_particles_per_world);
    // if world >= num_worlds:                                                                <L 86>
    var_3 = (var_1 >= var_num_worlds);
    if (var_3) {
        // return                                                                             <L 87>
        goto label0;
    }
    // if (active[tid] & PARTICLE_FLAG_ACTIVE) == 0:                                          <L 88>
    var_4 = wp::address(var_active, var_0);
    var_7 = wp::load(var_4);
    var_6 = wp::bit_and(var_7, var_5);
    var_9 = (var_6 == var_8);
    if (var_9) {
        // return                                                                             <L 89>
        goto label1;
    }
    // friction = friction_coeffs[tid]                                                        <L 90>
    var_10 = wp::address(var_friction_coeffs, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // q = x[tid]                                                                             <L 91>
    var_13 = wp::address(var_x, var_0);
    var_15 = wp::load(var_13);
    var_14 = wp::copy(var_15);
    // qd = particle_v[tid]                                                                   <L 92>
    var_16 = wp::address(var_particle_v, var_0);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    // w = inv_masses[tid]                                                                    <L 93>
    var_19 = wp::address(var_inv_masses, var_0);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // a = world_gravity[world]                                                               <L 94>
    var_22 = wp::address(var_world_gravity, var_1);
    var_24 = wp::load(var_22);
    var_23 = wp::copy(var_24);
    // if w == 0.0:                                                                           <L 95>
    var_26 = (var_20 == var_25);
    if (var_26) {
        // a = wp.vec3(0.0, 0.0, 0.0)                                                         <L 96>
        var_30 = wp::vec_t<3, wp::float32>(var_27, var_28, var_29);
    }
    var_31 = wp::where(var_26, var_30, var_23);
    // damp = wp.max(1.0 - world_drag[world] * dt, 0.0)                                       <L 97>
    var_33 = wp::address(var_world_drag, var_1);
    var_35 = wp::load(var_33);
    var_34 = wp::mul(var_35, var_dt);
    var_36 = wp::sub(var_32, var_34);
    var_38 = wp::max(var_36, var_37);
    // if wp.static(ground):                                                                  <L 98>
    // slip = 1.0 - friction                                                                  <L 99>
    var_41 = wp::sub(var_40, var_11);
    // for _s in range(SUBSTEPS):                                                             <L 100>
    // qd = (qd + a * dt) * damp                                                              <L 101>
    var_43 = wp::mul(var_31, var_dt);
    var_44 = wp::add(var_17, var_43);
    var_45 = wp::mul(var_44, var_38);
    // if wp.static(max_speed > 0.0):                                                         <L 102>
    // q = q + qd * dt                                                                        <L 106>
    var_47 = wp::mul(var_45, var_dt);
    var_48 = wp::add(var_14, var_47);
    // if wp.static(half_width > 0.0):                                                        <L 107>
    // if wp.static(ground):                                                                  <L 111>
    // if q[1] < radius:                                                                      <L 112>
    var_52 = wp::extract(var_48, var_51);
    var_53 = (var_52 < var_radius);
    if (var_53) {
        // q = wp.vec3(q[0], radius, q[2])                                                    <L 113>
        var_55 = wp::extract(var_48, var_54);
        var_57 = wp::extract(var_48, var_56);
        var_58 = wp::vec_t<3, wp::float32>(var_55, var_radius, var_57);
        // qd = ground_response(qd, 0.5, slip)                                                <L 114>
        var_60 = ground_response_0(var_45, var_59, var_41);
    }
    var_61 = wp::where(var_53, var_58, var_48);
    var_62 = wp::where(var_53, var_60, var_45);
    // qd = (qd + a * dt) * damp                                                              <L 101>
    var_64 = wp::mul(var_31, var_dt);
    var_65 = wp::add(var_62, var_64);
    var_66 = wp::mul(var_65, var_38);
    // if wp.static(max_speed > 0.0):                                                         <L 102>
    // q = q + qd * dt                                                                        <L 106>
    var_68 = wp::mul(var_66, var_dt);
    var_69 = wp::add(var_61, var_68);
    // if wp.static(half_width > 0.0):                                                        <L 107>
    // if wp.static(ground):                                                                  <L 111>
    // if q[1] < radius:                                                                      <L 112>
    var_73 = wp::extract(var_69, var_72);
    var_74 = (var_73 < var_radius);
    if (var_74) {
        // q = wp.vec3(q[0], radius, q[2])                                                    <L 113>
        var_76 = wp::extract(var_69, var_75);
        var_78 = wp::extract(var_69, var_77);
        var_79 = wp::vec_t<3, wp::float32>(var_76, var_radius, var_78);
        // qd = ground_response(qd, 0.5, slip)                                                <L 114>
        var_81 = ground_response_0(var_66, var_80, var_41);
    }
    var_82 = wp::where(var_74, var_79, var_69);
    var_83 = wp::where(var_74, var_81, var_66);
    // qd = (qd + a * dt) * damp                                                              <L 101>
    var_85 = wp::mul(var_31, var_dt);
    var_86 = wp::add(var_83, var_85);
    var_87 = wp::mul(var_86, var_38);
    // if wp.static(max_speed > 0.0):                                                         <L 102>
    // q = q + qd * dt                                                                        <L 106>
    var_89 = wp::mul(var_87, var_dt);
    var_90 = wp::add(var_82, var_89);
    // if wp.static(half_width > 0.0):                                                        <L 107>
    // if wp.static(ground):                                                                  <L 111>
    // if q[1] < radius:                                                                      <L 112>
    var_94 = wp::extract(var_90, var_93);
    var_95 = (var_94 < var_radius);
    if (var_95) {
        // q = wp.vec3(q[0], radius, q[2])                                                    <L 113>
        var_97 = wp::extract(var_90, var_96);
        var_99 = wp::extract(var_90, var_98);
        var_100 = wp::vec_t<3, wp::float32>(var_97, var_radius, var_99);
        // qd = ground_response(qd, 0.5, slip)                                                <L 114>
        var_102 = ground_response_0(var_87, var_101, var_41);
    }
    var_103 = wp::where(var_95, var_100, var_90);
    var_104 = wp::where(var_95, var_102, var_87);
    // qd = (qd + a * dt) * damp                                                              <L 101>
    var_106 = wp::mul(var_31, var_dt);
    var_107 = wp::add(var_104, var_106);
    var_108 = wp::mul(var_107, var_38);
    // if wp.static(max_speed > 0.0):                                                         <L 102>
    // q = q + qd * dt                                                                        <L 106>
    var_110 = wp::mul(var_108, var_dt);
    var_111 = wp::add(var_103, var_110);
    // if wp.static(half_width > 0.0):                                                        <L 107>
    // if wp.static(ground):                                                                  <L 111>
    // if q[1] < radius:                                                                      <L 112>
    var_115 = wp::extract(var_111, var_114);
    var_116 = (var_115 < var_radius);
    if (var_116) {
        // q = wp.vec3(q[0], radius, q[2])                                                    <L 113>
        var_118 = wp::extract(var_111, var_117);
        var_120 = wp::extract(var_111, var_119);
        var_121 = wp::vec_t<3, wp::float32>(var_118, var_radius, var_120);
        // qd = ground_response(qd, 0.5, slip)                                                <L 114>
        var_123 = ground_response_0(var_108, var_122, var_41);
    }
    var_124 = wp::where(var_116, var_121, var_111);
    var_125 = wp::where(var_116, var_123, var_108);
    // qd = (qd + a * dt) * damp                                                              <L 101>
    var_127 = wp::mul(var_31, var_dt);
    var_128 = wp::add(var_125, var_127);
    var_129 = wp::mul(var_128, var_38);
    // if wp.static(max_speed > 0.0):                                                         <L 102>
    // q = q + qd * dt                                                                        <L 106>
    var_131 = wp::mul(var_129, var_dt);
    var_132 = wp::add(var_124, var_131);
    // if wp.static(half_width > 0.0):                                                        <L 107>
    // if wp.static(ground):                                                                  <L 111>
    // if q[1] < radius:                                                                      <L 112>
    var_136 = wp::extract(var_132, var_135);
    var_137 = (var_136 < var_radius);
    if (var_137) {
        // q = wp.vec3(q[0], radius, q[2])                                                    <L 113>
        var_139 = wp::extract(var_132, var_138);
        var_141 = wp::extract(var_132, var_140);
        var_142 = wp::vec_t<3, wp::float32>(var_139, var_radius, var_141);
        // qd = ground_response(qd, 0.5, slip)                                                <L 114>
        var_144 = ground_response_0(var_129, var_143, var_41);
    }
    var_145 = wp::where(var_137, var_142, var_132);
    var_146 = wp::where(var_137, var_144, var_129);
    // qd = (qd + a * dt) * damp                                                              <L 101>
    var_148 = wp::mul(var_31, var_dt);
    var_149 = wp::add(var_146, var_148);
    var_150 = wp::mul(var_149, var_38);
    // if wp.static(max_speed > 0.0):                                                         <L 102>
    // q = q + qd * dt                                                                        <L 106>
    var_152 = wp::mul(var_150, var_dt);
    var_153 = wp::add(var_145, var_152);
    // if wp.static(half_width > 0.0):                                                        <L 107>
    // if wp.static(ground):                                                                  <L 111>
    // if q[1] < radius:                                                                      <L 112>
    var_157 = wp::extract(var_153, var_156);
    var_158 = (var_157 < var_radius);
    if (var_158) {
        // q = wp.vec3(q[0], radius, q[2])                                                    <L 113>
        var_160 = wp::extract(var_153, var_159);
        var_162 = wp::extract(var_153, var_161);
        var_163 = wp::vec_t<3, wp::float32>(var_160, var_radius, var_162);
        // qd = ground_response(qd, 0.5, slip)                                                <L 114>
        var_165 = ground_response_0(var_150, var_164, var_41);
    }
    var_166 = wp::where(var_158, var_163, var_153);
    var_167 = wp::where(var_158, var_165, var_150);
    // qd = (qd + a * dt) * damp                                                              <L 101>
    var_169 = wp::mul(var_31, var_dt);
    var_170 = wp::add(var_167, var_169);
    var_171 = wp::mul(var_170, var_38);
    // if wp.static(max_speed > 0.0):                                                         <L 102>
    // q = q + qd * dt                                                                        <L 106>
    var_173 = wp::mul(var_171, var_dt);
    var_174 = wp::add(var_166, var_173);
    // if wp.static(half_width > 0.0):                                                        <L 107>
    // if wp.static(ground):                                                                  <L 111>
    // if q[1] < radius:                                                                      <L 112>
    var_178 = wp::extract(var_174, var_177);
    var_179 = (var_178 < var_radius);
    if (var_179) {
        // q = wp.vec3(q[0], radius, q[2])                                                    <L 113>
        var_181 = wp::extract(var_174, var_180);
        var_183 = wp::extract(var_174, var_182);
        var_184 = wp::vec_t<3, wp::float32>(var_181, var_radius, var_183);
        // qd = ground_response(qd, 0.5, slip)                                                <L 114>
        var_186 = ground_response_0(var_171, var_185, var_41);
    }
    var_187 = wp::where(var_179, var_184, var_174);
    var_188 = wp::where(var_179, var_186, var_171);
    // qd = (qd + a * dt) * damp                                                              <L 101>
    var_190 = wp::mul(var_31, var_dt);
    var_191 = wp::add(var_188, var_190);
    var_192 = wp::mul(var_191, var_38);
    // if wp.static(max_speed > 0.0):                                                         <L 102>
    // q = q + qd * dt                                                                        <L 106>
    var_194 = wp::mul(var_192, var_dt);
    var_195 = wp::add(var_187, var_194);
    // if wp.static(half_width > 0.0):                                                        <L 107>
    // if wp.static(ground):                                                                  <L 111>
    // if q[1] < radius:                                                                      <L 112>
    var_199 = wp::extract(var_195, var_198);
    var_200 = (var_199 < var_radius);
    if (var_200) {
        // q = wp.vec3(q[0], radius, q[2])                                                    <L 113>
        var_202 = wp::extract(var_195, var_201);
        var_204 = wp::extract(var_195, var_203);
        var_205 = wp::vec_t<3, wp::float32>(var_202, var_radius, var_204);
        // qd = ground_response(qd, 0.5, slip)                                                <L 114>
        var_207 = ground_response_0(var_192, var_206, var_41);
    }
    var_208 = wp::where(var_200, var_205, var_195);
    var_209 = wp::where(var_200, var_207, var_192);
    // positions_out[tid] = q                                                                 <L 115>
    // wp::array_store(var_positions_out, var_0, var_208);
    // v_out[tid] = qd                                                                        <L 116>
    // wp::array_store(var_v_out, var_0, var_209);
    // slot = step % history                                                                  <L 117>
    var_211 = wp::mod(var_step, var_210);
    // trajectory[world, slot, i] = q                                                         <L 118>
    // wp::array_store(var_trajectory, var_1, var_211, var_2, var_208);
    //---------
    // reverse
    wp::adj_array_store(var_trajectory, var_1, var_211, var_2, var_208, adj_trajectory, adj_1, adj_211, adj_2, adj_208);
    // adj: trajectory[world, slot, i] = q                                                    <L 118>
    wp::adj_mod(var_step, var_210, adj_step, adj_210, adj_211);
    // adj: slot = step % history                                                             <L 117>
    wp::adj_array_store(var_v_out, var_0, var_209, adj_v_out, adj_0, adj_209);
    // adj: v_out[tid] = qd                                                                   <L 116>
    wp::adj_array_store(var_positions_out, var_0, var_208, adj_positions_out, adj_0, adj_208);
    // adj: positions_out[tid] = q                                                            <L 115>
    wp::adj_where(var_200, var_207, var_192, adj_200, adj_207, adj_192, adj_209);
    wp::adj_where(var_200, var_205, var_195, adj_200, adj_205, adj_195, adj_208);
    if (var_200) {
        adj_ground_response_0(var_192, var_206, var_41, adj_192, adj_206, adj_41, adj_207);
        // adj: qd = ground_response(qd, 0.5, slip)                                           <L 114>
        wp::adj_vec_t(var_202, var_radius, var_204, adj_202, adj_radius, adj_204, adj_205);
        wp::adj_extract(var_195, var_203, adj_195, adj_203, adj_204);
        wp::adj_extract(var_195, var_201, adj_195, adj_201, adj_202);
        // adj: q = wp.vec3(q[0], radius, q[2])                                               <L 113>
    }
    wp::adj_extract(var_195, var_198, adj_195, adj_198, adj_199);
    // adj: if q[1] < radius:                                                                 <L 112>
    // adj: if wp.static(ground):                                                             <L 111>
    // adj: if wp.static(half_width > 0.0):                                                   <L 107>
    wp::adj_add(var_187, var_194, adj_187, adj_194, adj_195);
    wp::adj_mul(var_192, var_dt, adj_192, adj_dt, adj_194);
    // adj: q = q + qd * dt                                                                   <L 106>
    // adj: if wp.static(max_speed > 0.0):                                                    <L 102>
    wp::adj_mul(var_191, var_38, adj_191, adj_38, adj_192);
    wp::adj_add(var_188, var_190, adj_188, adj_190, adj_191);
    wp::adj_mul(var_31, var_dt, adj_31, adj_dt, adj_190);
    // adj: qd = (qd + a * dt) * damp                                                         <L 101>
    wp::adj_where(var_179, var_186, var_171, adj_179, adj_186, adj_171, adj_188);
    wp::adj_where(var_179, var_184, var_174, adj_179, adj_184, adj_174, adj_187);
    if (var_179) {
        adj_ground_response_0(var_171, var_185, var_41, adj_171, adj_185, adj_41, adj_186);
        // adj: qd = ground_response(qd, 0.5, slip)                                           <L 114>
        wp::adj_vec_t(var_181, var_radius, var_183, adj_181, adj_radius, adj_183, adj_184);
        wp::adj_extract(var_174, var_182, adj_174, adj_182, adj_183);
        wp::adj_extract(var_174, var_180, adj_174, adj_180, adj_181);
        // adj: q = wp.vec3(q[0], radius, q[2])                                               <L 113>
    }
    wp::adj_extract(var_174, var_177, adj_174, adj_177, adj_178);
    // adj: if q[1] < radius:                                                                 <L 112>
    // adj: if wp.static(ground):                                                             <L 111>
    // adj: if wp.static(half_width > 0.0):                                                   <L 107>
    wp::adj_add(var_166, var_173, adj_166, adj_173, adj_174);
    wp::adj_mul(var_171, var_dt, adj_171, adj_dt, adj_173);
    // adj: q = q + qd * dt                                                                   <L 106>
    // adj: if wp.static(max_speed > 0.0):                                                    <L 102>
    wp::adj_mul(var_170, var_38, adj_170, adj_38, adj_171);
    wp::adj_add(var_167, var_169, adj_167, adj_169, adj_170);
    wp::adj_mul(var_31, var_dt, adj_31, adj_dt, adj_169);
    // adj: qd = (qd + a * dt) * damp                                                         <L 101>
    wp::adj_where(var_158, var_165, var_150, adj_158, adj_165, adj_150, adj_167);
    wp::adj_where(var_158, var_163, var_153, adj_158, adj_163, adj_153, adj_166);
    if (var_158) {
        adj_ground_response_0(var_150, var_164, var_41, adj_150, adj_164, adj_41, adj_165);
        // adj: qd = ground_response(qd, 0.5, slip)                                           <L 114>
        wp::adj_vec_t(var_160, var_radius, var_162, adj_160, adj_radius, adj_162, adj_163);
        wp::adj_extract(var_153, var_161, adj_153, adj_161, adj_162);
        wp::adj_extract(var_153, var_159, adj_153, adj_159, adj_160);
        // adj: q = wp.vec3(q[0], radius, q[2])                                               <L 113>
    }
    wp::adj_extract(var_153, var_156, adj_153, adj_156, adj_157);
    // adj: if q[1] < radius:                                                                 <L 112>
    // adj: if wp.static(ground):                                                             <L 111>
    // adj: if wp.static(half_width > 0.0):                                                   <L 107>
    wp::adj_add(var_145, var_152, adj_145, adj_152, adj_153);
    wp::adj_mul(var_150, var_dt, adj_150, adj_dt, adj_152);
    // adj: q = q + qd * dt                                                                   <L 106>
    // adj: if wp.static(max_speed > 0.0):                                                    <L 102>
    wp::adj_mul(var_149, var_38, adj_149, adj_38, adj_150);
    wp::adj_add(var_146, var_148, adj_146, adj_148, adj_149);
    wp::adj_mul(var_31, var_dt, adj_31, adj_dt, adj_148);
    // adj: qd = (qd + a * dt) * damp                                                         <L 101>
    wp::adj_where(var_137, var_144, var_129, adj_137, adj_144, adj_129, adj_146);
    wp::adj_where(var_137, var_142, var_132, adj_137, adj_142, adj_132, adj_145);
    if (var_137) {
        adj_ground_response_0(var_129, var_143, var_41, adj_129, adj_143, adj_41, adj_144);
        // adj: qd = ground_response(qd, 0.5, slip)                                           <L 114>
        wp::adj_vec_t(var_139, var_radius, var_141, adj_139, adj_radius, adj_141, adj_142);
        wp::adj_extract(var_132, var_140, adj_132, adj_140, adj_141);
        wp::adj_extract(var_132, var_138, adj_132, adj_138, adj_139);
        // adj: q = wp.vec3(q[0], radius, q[2])                                               <L 113>
    }
    wp::adj_extract(var_132, var_135, adj_132, adj_135, adj_136);
    // adj: if q[1] < radius:                                                                 <L 112>
    // adj: if wp.static(ground):                                                             <L 111>
    // adj: if wp.static(half_width > 0.0):                                                   <L 107>
    wp::adj_add(var_124, var_131, adj_124, adj_131, adj_132);
    wp::adj_mul(var_129, var_dt, adj_129, adj_dt, adj_131);
    // adj: q = q + qd * dt                                                                   <L 106>
    // adj: if wp.static(max_speed > 0.0):                                                    <L 102>
    wp::adj_mul(var_128, var_38, adj_128, adj_38, adj_129);
    wp::adj_add(var_125, var_127, adj_125, adj_127, adj_128);
    wp::adj_mul(var_31, var_dt, adj_31, adj_dt, adj_127);
    // adj: qd = (qd + a * dt) * damp                                                         <L 101>
    wp::adj_where(var_116, var_123, var_108, adj_116, adj_123, adj_108, adj_125);
    wp::adj_where(var_116, var_121, var_111, adj_116, adj_121, adj_111, adj_124);
    if (var_116) {
        adj_ground_response_0(var_108, var_122, var_41, adj_108, adj_122, adj_41, adj_123);
        // adj: qd = ground_response(qd, 0.5, slip)                                           <L 114>
        wp::adj_vec_t(var_118, var_radius, var_120, adj_118, adj_radius, adj_120, adj_121);
        wp::adj_extract(var_111, var_119, adj_111, adj_119, adj_120);
        wp::adj_extract(var_111, var_117, adj_111, adj_117, adj_118);
        // adj: q = wp.vec3(q[0], radius, q[2])                                               <L 113>
    }
    wp::adj_extract(var_111, var_114, adj_111, adj_114, adj_115);
    // adj: if q[1] < radius:                                                                 <L 112>
    // adj: if wp.static(ground):                                                             <L 111>
    // adj: if wp.static(half_width > 0.0):                                                   <L 107>
    wp::adj_add(var_103, var_110, adj_103, adj_110, adj_111);
    wp::adj_mul(var_108, var_dt, adj_108, adj_dt, adj_110);
    // adj: q = q + qd * dt                                                                   <L 106>
    // adj: if wp.static(max_speed > 0.0):                                                    <L 102>
    wp::adj_mul(var_107, var_38, adj_107, adj_38, adj_108);
    wp::adj_add(var_104, var_106, adj_104, adj_106, adj_107);
    wp::adj_mul(var_31, var_dt, adj_31, adj_dt, adj_106);
    // adj: qd = (qd + a * dt) * damp                                                         <L 101>
    wp::adj_where(var_95, var_102, var_87, adj_95, adj_102, adj_87, adj_104);
    wp::adj_where(var_95, var_100, var_90, adj_95, adj_100, adj_90, adj_103);
    if (var_95) {
        adj_ground_response_0(var_87, var_101, var_41, adj_87, adj_101, adj_41, adj_102);
        // adj: qd = ground_response(qd, 0.5, slip)                                           <L 114>
        wp::adj_vec_t(var_97, var_radius, var_99, adj_97, adj_radius, adj_99, adj_100);
        wp::adj_extract(var_90, var_98, adj_90, adj_98, adj_99);
        wp::adj_extract(var_90, var_96, adj_90, adj_96, adj_97);
        // adj: q = wp.vec3(q[0], radius, q[2])                                               <L 113>
    }
    wp::adj_extract(var_90, var_93, adj_90, adj_93, adj_94);
    // adj: if q[1] < radius:                                                                 <L 112>
    // adj: if wp.static(ground):                                                             <L 111>
    // adj: if wp.static(half_width > 0.0):                                                   <L 107>
    wp::adj_add(var_82, var_89, adj_82, adj_89, adj_90);
    wp::adj_mul(var_87, var_dt, adj_87, adj_dt, adj_89);
    // adj: q = q + qd * dt                                                                   <L 106>
    // adj: if wp.static(max_speed > 0.0):                                                    <L 102>
    wp::adj_mul(var_86, var_38, adj_86, adj_38, adj_87);
    wp::adj_add(var_83, var_85, adj_83, adj_85, adj_86);
    wp::adj_mul(var_31, var_dt, adj_31, adj_dt, adj_85);
    // adj: qd = (qd + a * dt) * damp                                                         <L 101>
    wp::adj_where(var_74, var_81, var_66, adj_74, adj_81, adj_66, adj_83);
    wp::adj_where(var_74, var_79, var_69, adj_74, adj_79, adj_69, adj_82);
    if (var_74) {
        adj_ground_response_0(var_66, var_80, var_41, adj_66, adj_80, adj_41, adj_81);
        // adj: qd = ground_response(qd, 0.5, slip)                                           <L 114>
        wp::adj_vec_t(var_76, var_radius, var_78, adj_76, adj_radius, adj_78, adj_79);
        wp::adj_extract(var_69, var_77, adj_69, adj_77, adj_78);
        wp::adj_extract(var_69, var_75, adj_69, adj_75, adj_76);
        // adj: q = wp.vec3(q[0], radius, q[2])                                               <L 113>
    }
    wp::adj_extract(var_69, var_72, adj_69, adj_72, adj_73);
    // adj: if q[1] < radius:                                                                 <L 112>
    // adj: if wp.static(ground):                                                             <L 111>
    // adj: if wp.static(half_width > 0.0):                                                   <L 107>
    wp::adj_add(var_61, var_68, adj_61, adj_68, adj_69);
    wp::adj_mul(var_66, var_dt, adj_66, adj_dt, adj_68);
    // adj: q = q + qd * dt                                                                   <L 106>
    // adj: if wp.static(max_speed > 0.0):                                                    <L 102>
    wp::adj_mul(var_65, var_38, adj_65, adj_38, adj_66);
    wp::adj_add(var_62, var_64, adj_62, adj_64, adj_65);
    wp::adj_mul(var_31, var_dt, adj_31, adj_dt, adj_64);
    // adj: qd = (qd + a * dt) * damp                                                         <L 101>
    wp::adj_where(var_53, var_60, var_45, adj_53, adj_60, adj_45, adj_62);
    wp::adj_where(var_53, var_58, var_48, adj_53, adj_58, adj_48, adj_61);
    if (var_53) {
        adj_ground_response_0(var_45, var_59, var_41, adj_45, adj_59, adj_41, adj_60);
        // adj: qd = ground_response(qd, 0.5, slip)                                           <L 114>
        wp::adj_vec_t(var_55, var_radius, var_57, adj_55, adj_radius, adj_57, adj_58);
        wp::adj_extract(var_48, var_56, adj_48, adj_56, adj_57);
        wp::adj_extract(var_48, var_54, adj_48, adj_54, adj_55);
        // adj: q = wp.vec3(q[0], radius, q[2])                                               <L 113>
    }
    wp::adj_extract(var_48, var_51, adj_48, adj_51, adj_52);
    // adj: if q[1] < radius:                                                                 <L 112>
    // adj: if wp.static(ground):                                                             <L 111>
    // adj: if wp.static(half_width > 0.0):                                                   <L 107>
    wp::adj_add(var_14, var_47, adj_14, adj_47, adj_48);
    wp::adj_mul(var_45, var_dt, adj_45, adj_dt, adj_47);
    // adj: q = q + qd * dt                                                                   <L 106>
    // adj: if wp.static(max_speed > 0.0):                                                    <L 102>
    wp::adj_mul(var_44, var_38, adj_44, adj_38, adj_45);
    wp::adj_add(var_17, var_43, adj_17, adj_43, adj_44);
    wp::adj_mul(var_31, var_dt, adj_31, adj_dt, adj_43);
    // adj: qd = (qd + a * dt) * damp                                                         <L 101>
    // adj: for _s in range(SUBSTEPS):                                                        <L 100>
    wp::adj_sub(var_40, var_11, adj_40, adj_11, adj_41);
    // adj: slip = 1.0 - friction                                                             <L 99>
    // adj: if wp.static(ground):                                                             <L 98>
    wp::adj_max(var_36, var_37, adj_36, adj_37, adj_38);
    wp::adj_sub(var_32, var_34, adj_32, adj_34, adj_36);
    wp::adj_mul(var_35, var_dt, adj_33, adj_dt, adj_34);
    wp::adj_address(var_world_drag, var_1, adj_world_drag, adj_1, adj_33);
    // adj: damp = wp.max(1.0 - world_drag[world] * dt, 0.0)                                  <L 97>
    wp::adj_where(var_26, var_30, var_23, adj_26, adj_30, adj_23, adj_31);
    if (var_26) {
        wp::adj_vec_t(var_27, var_28, var_29, adj_27, adj_28, adj_29, adj_30);
        // adj: a = wp.vec3(0.0, 0.0, 0.0)                                                    <L 96>
    }
    // adj: if w == 0.0:                                                                      <L 95>
    wp::adj_copy(var_24, adj_22, adj_23);
    wp::adj_address(var_world_gravity, var_1, adj_world_gravity, adj_1, adj_22);
    // adj: a = world_gravity[world]                                                          <L 94>
    wp::adj_copy(var_21, adj_19, adj_20);
    wp::adj_address(var_inv_masses, var_0, adj_inv_masses, adj_0, adj_19);
    // adj: w = inv_masses[tid]                                                               <L 93>
    wp::adj_copy(var_18, adj_16, adj_17);
    wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_16);
    // adj: qd = particle_v[tid]                                                              <L 92>
    wp::adj_copy(var_15, adj_13, adj_14);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_13);
    // adj: q = x[tid]                                                                        <L 91>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_friction_coeffs, var_0, adj_friction_coeffs, adj_0, adj_10);
    // adj: friction = friction_coeffs[tid]                                                   <L 90>
    if (var_9) {
        label1:;
        // adj: return                                                                        <L 89>
    }
    wp::adj_address(var_active, var_0, adj_active, adj_0, adj_4);
    // adj: if (active[tid] & PARTICLE_FLAG_ACTIVE) == 0:                                     <L 88>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 87>
    }
    // adj: if world >= num_worlds:                                                           <L 86>
    wp::adj_mod(var_0, var_particles_per_world, adj_0, adj_particles_per_world, adj_2);
    // adj: i = tid % particles_per_world                                                     <L 85>
    // adj: world = tid // particles_per_world                                                <L 84>
    // adj: tid = wp.tid()                                                                    <L 83>
    // adj: def advance_with_history(                                                         <L 66>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_advance_with_history__locals__advance_with_history_857af379_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_advance_with_history__locals__advance_with_history_857af379 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_advance_with_history__locals__advance_with_history_857af379_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void create_advance_with_history__locals__advance_with_history_857af379_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_advance_with_history__locals__advance_with_history_857af379 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    create_advance_with_history__locals__advance_with_history_857af379_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void create_advance_with_history__locals__advance_with_history_857af379_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_advance_with_history__locals__advance_with_history_857af379 *_wp_args)
{
    create_advance_with_history__locals__advance_with_history_857af379_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_advance_with_history__locals__advance_with_history_857af379_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_advance_with_history__locals__advance_with_history_857af379 *_wp_args,
    wp_args_create_advance_with_history__locals__advance_with_history_857af379 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_advance_with_history__locals__advance_with_history_857af379_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void create_advance_with_history__locals__advance_with_history_857af379_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_advance_with_history__locals__advance_with_history_857af379 *_wp_args,
    wp_args_create_advance_with_history__locals__advance_with_history_857af379 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    create_advance_with_history__locals__advance_with_history_857af379_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void create_advance_with_history__locals__advance_with_history_857af379_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_advance_with_history__locals__advance_with_history_857af379 *_wp_args,
    wp_args_create_advance_with_history__locals__advance_with_history_857af379 *_wp_adj_args)
{
    create_advance_with_history__locals__advance_with_history_857af379_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

